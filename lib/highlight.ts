// Syntax highlighting at build time with one shared shiki instance; nothing of shiki reaches the browser.
import { createHighlighter, type Highlighter } from 'shiki';

export type HighlightLang = 'json' | 'http' | 'typescript' | 'python' | 'shellscript' | 'yaml';

const LANGS: HighlightLang[] = ['json', 'http', 'typescript', 'python', 'shellscript', 'yaml'];

// The high-contrast GitHub pair keeps comments and punctuation above WCAG AA in both colour schemes.
const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter() {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: LANGS });
  return highlighter;
}

/** Highlighted HTML for a code block (dual theme via CSS variables). The raw source stays with the caller for copying. */
export async function highlight(code: string, lang: HighlightLang): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, { lang, themes: THEMES, defaultColor: 'light' });
}
