// Message templates as matchers: `Unknown effect: '{effect}'` recognises `Unknown effect: 'sparkles'`,
// so a message pasted from a log finds its code even when the variable parts differ from the documented example.
import { normalizeMessage } from './tokenize';

const PLACEHOLDER = /\{[\p{L}_][\p{L}\p{N}_.]*\}/gu;

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
  text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

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

/** A pasted text in the two forms templates are tried against; computed once per query. */
export type PastedText = { folded: string; loose: string };

export const preparePasted = (text: string): PastedText => ({ folded: foldMessage(text), loose: normalizeMessage(text) });

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
