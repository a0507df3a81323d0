// Syntax highlighting at build time with one shared shiki instance; nothing of shiki reaches the browser.
// Tokens carry short class names (`l3 d7`: colour 3 of the light theme, colour 7 of the dark one) instead of
// shiki's inline styles, tokens in the default colour carry no span at all, and lines are plain newlines rather than
// one span each: a code page ships its snippets in its HTML and again in its RSC payload, so every byte per token
// counts twice, and every element costs layout time on a phone. app/highlight.css holds the colours
// (written by `npm run highlight-css` from the same themes; a unit test keeps it in step).
import { createHighlighter, type Highlighter, type ThemeRegistrationAny } from 'shiki';
import githubLight from 'shiki/themes/github-light-high-contrast.mjs';
import githubDark from 'shiki/themes/github-dark-high-contrast.mjs';

export type HighlightLang = 'json' | 'http' | 'typescript' | 'python' | 'shellscript' | 'yaml';

const LANGS: HighlightLang[] = ['json', 'http', 'typescript', 'python', 'shellscript', 'yaml'];

// The high-contrast GitHub pair keeps comments and punctuation above WCAG AA in both colour schemes.
const THEMES = { light: githubLight as ThemeRegistrationAny, dark: githubDark as ThemeRegistrationAny } as const;
type Variant = keyof typeof THEMES;

// shiki's FontStyle bit flags.
const FONT_STYLES: Array<[bit: number, className: string, css: string]> = [
  [1, 'fi', 'font-style:italic'],
  [2, 'fb', 'font-weight:700'],
  [4, 'fu', 'text-decoration:underline'],
  [8, 'fs', 'text-decoration:line-through'],
];

const norm = (color: string) => color.toLowerCase();

/** A theme's default foreground and background, and its token colours in a stable order (index = class number). */
export function themePalette(variant: Variant): { fg: string; bg: string; colors: string[] } {
  const theme = THEMES[variant];
  const colors = theme.colors as Record<string, string>;
  const fg = norm(colors['editor.foreground']);
  const bg = norm(colors['editor.background']);
  const tokens = (theme.tokenColors ?? []) as Array<{ settings?: { foreground?: string } }>;
  const found = new Set(
    tokens
      .map((t) => t.settings?.foreground)
      .filter((c): c is string => Boolean(c))
      .map(norm),
  );
  found.delete(fg);
  return { fg, bg, colors: [...found].sort() };
}

const PALETTES = { light: themePalette('light'), dark: themePalette('dark') };
const INDEX = {
  light: new Map(PALETTES.light.colors.map((c, i) => [c, i])),
  dark: new Map(PALETTES.dark.colors.map((c, i) => [c, i])),
};

/** The stylesheet for highlighted code: both palettes, the dark one under `prefers-color-scheme: dark`. */
export function highlightCss(): string {
  const { light, dark } = PALETTES;
  return [
    "/* Written by `npm run highlight-css` from shiki's github-light/dark-high-contrast themes (lib/highlight.ts). Do not edit. */",
    `.shiki{background-color:${light.bg};color:${light.fg}}`,
    ...light.colors.map((c, i) => `.shiki .l${i}{color:${c}}`),
    ...FONT_STYLES.map(([, cls, css]) => `.shiki .${cls}{${css}}`),
    '@media (prefers-color-scheme: dark){',
    `.shiki{background-color:${dark.bg};color:${dark.fg}}`,
    ...dark.colors.map((c, i) => `.shiki .d${i}{color:${c}}`),
    '.shiki [style*="--shiki-dark:"]{color:var(--shiki-dark)}',
    '.shiki [style*="--shiki-dark-bg:"]{background-color:var(--shiki-dark-bg)}',
    '}',
    '',
  ].join('\n');
}

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter() {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: LANGS });
  return highlighter;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type TokenStyle = { color?: string; fontStyle?: number; bgColor?: string };

/** Class names for one token, or an inline style when a colour is outside the palettes (never in today's themes). */
function tokenAttrs(variants: Record<string, TokenStyle>): string {
  const classes: string[] = [];
  const styles: string[] = [];
  for (const variant of ['light', 'dark'] as const) {
    const color = norm(variants[variant]?.color ?? PALETTES[variant].fg);
    if (color === PALETTES[variant].fg) continue;
    const index = INDEX[variant].get(color);
    if (index === undefined) styles.push(variant === 'light' ? `color:${color}` : `--shiki-dark:${color}`);
    else classes.push(`${variant === 'light' ? 'l' : 'd'}${index}`);
  }
  // Token backgrounds (shiki's themes set them only on invalid code) stay inline.
  if (variants.light?.bgColor) styles.push(`background-color:${norm(variants.light.bgColor)}`);
  if (variants.dark?.bgColor) styles.push(`--shiki-dark-bg:${norm(variants.dark.bgColor)}`);
  const fontStyle = variants.light?.fontStyle ?? 0;
  for (const [bit, cls] of FONT_STYLES) if (fontStyle > 0 && (fontStyle & bit) === bit) classes.push(cls);
  return [classes.length ? `class="${classes.join(' ')}"` : '', styles.length ? `style="${styles.join(';')}"` : '']
    .filter(Boolean)
    .join(' ');
}

/** Highlighted HTML for a code block (`<pre class="shiki">`). The raw source stays with the caller for copying. */
export async function highlight(code: string, lang: HighlightLang): Promise<string> {
  const shiki = await getHighlighter();
  const lines = shiki.codeToTokensWithThemes(code, { lang, themes: { light: THEMES.light, dark: THEMES.dark } });
  const html = lines.map((line) => {
    // Neighbouring tokens with the same look share one span.
    const runs: Array<{ attrs: string; text: string }> = [];
    for (const token of line) {
      const attrs = tokenAttrs(token.variants as Record<string, TokenStyle>);
      const last = runs[runs.length - 1];
      if (last && last.attrs === attrs) last.text += token.content;
      else runs.push({ attrs, text: token.content });
    }
    return runs.map((r) => (r.attrs ? `<span ${r.attrs}>${escapeHtml(r.text)}</span>` : escapeHtml(r.text))).join('');
  });
  return `<pre class="shiki" tabindex="0"><code>${html.join('\n')}</code></pre>`;
}
