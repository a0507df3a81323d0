// Which links content may carry: http(s), mailto and site-relative (/…, #…) only. A `javascript:` or `data:` link in a
// catalog or guide is refused at check time, however it is disguised (case, entities, blanks, control characters).
const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  period: '.',
  num: '#',
  percnt: '%',
  quest: '?',
  excl: '!',
  bsol: '\\',
};

/** Decodes the HTML character references a browser or Markdown renderer would decode in an href. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z]{2,10});?/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

/** The href as a browser would resolve its scheme: entities decoded, blanks and control characters dropped, lowercase. */
function normalise(href: string): string {
  let text = href;
  // Entities can be nested (&amp;#106;), so decode until nothing changes (bounded: each pass shortens the text).
  for (let i = 0; i < 4; i++) {
    const next = decodeEntities(text);
    if (next === text) break;
    text = next;
  }
  return text.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase();
}

/** Why a link is refused, or undefined when it is allowed. */
export function linkProblem(href: string): string | undefined {
  const url = normalise(href);
  const shown = JSON.stringify(href.length > 60 ? `${href.slice(0, 60)}…` : href);
  if (url === '') return `empty link ${shown}`;
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('/')) {
    // `//host` and `/\host` leave the site in every browser.
    if (url.startsWith('//') || url.startsWith('/\\'))
      return `link ${shown} leaves the site; write https://… for an external page`;
    return undefined;
  }
  if (/^https?:\/\/[^/\\]/.test(url) || url.startsWith('mailto:')) return undefined;
  return `link ${shown}: only http(s), mailto and site-relative (/…) links are allowed`;
}

/** Site-relative paths a link points at (without #fragment or ?query), for checks against the site's pages. */
export function sitePath(href: string): string | undefined {
  const url = normalise(href);
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  return href.trim().replace(/[?#].*$/, '');
}

/**
 * Every link target a Markdown renderer could find in a piece of prose: inline links `[t](x)`, autolinks `<x:…>`,
 * reference definitions `[t]: x` and raw `href=` / `src=` attributes. Each pattern is linear (no nested quantifiers).
 */
export function linksInProse(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\]\([ \t\n]*<?([^\s<>)]*)/g)) out.push(m[1]);
  for (const m of text.matchAll(/<([A-Za-z][A-Za-z0-9+.-]{0,31}:[^\s<>]*)>/g)) out.push(m[1]);
  for (const m of text.matchAll(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s<>]+)/gm)) out.push(m[1]);
  for (const m of text.matchAll(/\b(?:href|src|action|formaction)[ \t]*=[ \t]*["']?([^"'\s>]*)/gi)) out.push(m[1]);
  // `[t](<x:y>)` is found as a link and as an autolink: report it once.
  return [...new Set(out)];
}

/**
 * Characters a code or group id may hold: it becomes a URL path segment and a file name (`1007.md`). No leading dot
 * (`.`, `..`, hidden files) and no trailing dot (Windows drops it, so `ERR.` and `ERR` would be one file).
 */
export const SAFE_SEGMENT = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/** Device names Windows reserves in every folder, with or without an extension (`con`, `nul.txt`, `COM1`). */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/** Why a safe-charactered segment still cannot be a file name on every system, or undefined when it can. */
export function reservedFileName(segment: string): string | undefined {
  return WINDOWS_DEVICE.test(segment)
    ? `"${segment}" is a device name on Windows and cannot be a file name there; choose another`
    : undefined;
}

/** Invisible characters that can make text read differently from what it says (Trojan Source), or break a page. */
// Zero-width space, LRM/RLM, word joiner and a byte-order mark inside the text are invisible too: they split a word for
// search and copy-paste without showing (ZWJ/ZWNJ are left alone: emoji and some scripts need them).
export const HIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
