// Message templates as matchers: `Unknown effect: '{effect}'` recognises `Unknown effect: 'sparkles'`,
// so a message pasted from a log finds its code even when the variable parts differ from the documented example.
import { normalizeMessage, tokenize } from './tokenize';

const PLACEHOLDER = /\{[\p{L}_][\p{L}\p{N}_.]*\}/gu;
/** A placeholder with any letters glued to it (`{n}s`, `v{major}`): not a whole word of fixed text. */
const GLUED_PLACEHOLDER = /[\p{L}\p{N}_-]*\{[\p{L}_][\p{L}\p{N}_.]*\}[\p{L}\p{N}_-]*/gu;

export type TemplateMatcher = {
  /** Matches a whole message (lowercased, single spaces); a trailing full stop is optional. */
  whole: RegExp;
  /** Matches the message inside longer pasted text (a JSON line, a log entry); only for specific templates. */
  inside: RegExp | null;
  /** The longest fixed piece: a cheap `includes` test before any regex runs. */
  anchor: string;
  /** Characters of fixed text; more fixed text means a more specific template. */
  literalLength: number;
};

export type TemplateFit = 'whole' | 'inside';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lowercase, no diacritics, single spaces: the form both templates and pasted text are compared in. */
export const foldMessage = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // Quotes of any kind are one quote: a log or a client may print `'x'` as `"x"`, `` `x` `` or `‘x’`.
    .replace(/["`\u2018\u2019\u201c\u201d]/g, "'")
    .trim();

/**
 * Compiles a template; `null` when it has too little fixed text to tell messages apart (e.g. just `{message}`).
 * Placeholders become lazy wildcards; fixed text keeps its punctuation so `'{effect}'` keeps its quotes.
 */
export function compileTemplate(template: string): TemplateMatcher | null {
  const pieces = foldMessage(template).replace(/\.$/, '').split(PLACEHOLDER);
  const literalLength = pieces.reduce((n, p) => n + p.replace(/\s/g, '').length, 0);
  if (literalLength < 6) return null;
  const anchor = pieces.reduce((best, p) => (p.trim().length > best.length ? p.trim() : best), '');
  const body = pieces.map(escape).join('(.+?)');
  return {
    whole: new RegExp(`^${body}\\.?$`, 'u'),
    inside: literalLength >= 12 ? new RegExp(body, 'u') : null,
    anchor,
    literalLength,
  };
}

/**
 * The longest whole word of a template's fixed text (`Unknown effect: '{effect}'` → `unknown`), or null when it has
 * none. A text the template fits contains that word, so the engine only tries templates whose word the query has.
 * Letters glued to a placeholder (`{n}s`) are not whole words and are never chosen.
 */
export function templateKeyWord(template: string): string | null {
  let best: string | null = null;
  for (const word of tokenize(template.replace(GLUED_PLACEHOLDER, ' '))) {
    if (word.length > (best?.length ?? 0) && !/^\d+$/.test(word)) best = word;
  }
  return best;
}

/** A pasted text in the two forms templates are tried against; computed once per query. */
export type PastedText = { folded: string; loose: string };

export const preparePasted = (text: string): PastedText => ({
  folded: foldMessage(text),
  loose: normalizeMessage(text),
});

/**
 * How a pasted message fits a template: `whole` when it is the message, `inside` when the message sits within it.
 * The text is tried as typed and with wrapping quotes removed (`"Missing required field: to".` fits too).
 */
export function fitTemplate(matcher: TemplateMatcher, text: PastedText): TemplateFit | null {
  if (!text.folded.includes(matcher.anchor)) return null;
  if (matcher.whole.test(text.folded)) return 'whole';
  if (text.loose !== text.folded && matcher.whole.test(text.loose)) return 'whole';
  return matcher.inside?.test(text.folded) ? 'inside' : null;
}
