// Finds the JSON body in a paste: the value itself when the text starts with one, else the outermost
// objects behind log prefixes or shell noise. Bounded work: no candidate search can go quadratic.
import { scanJsonValue } from './json-scan';

export const MAX_DEPTH = 512;
const MAX_ATTEMPTS = 48;
const MAX_FOUND = 8;

export type Located =
  | {
      kind: 'found';
      candidates: { start: number; end: number; value: unknown }[];
      /** A broken object that opened before the first valid one (whose members were then found instead). */
      brokenBefore?: { pos: number; message: string };
    }
  | { kind: 'broken'; pos: number; message: string; tooDeep: boolean }
  | { kind: 'not-object'; value: unknown }
  | { kind: 'none' };

function parse(text: string, start: number, end: number): { value: unknown } | null {
  try {
    return { value: JSON.parse(text.slice(start, end)) as unknown };
  } catch {
    return null;
  }
}

/** Locates JSON in `text` from offset `from`. Offsets in the answer are offsets into `text`. */
export function locateJson(text: string, from: number): Located {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (i >= text.length) return { kind: 'none' };
  const first = text[i];

  // Text that opens with a JSON value is taken as that value: a break in it is reported, not skipped.
  if (first === '{' || first === '[') {
    const scanned = scanJsonValue(text, i, MAX_DEPTH);
    if (!scanned.ok) {
      const strict: Located = { kind: 'broken', pos: scanned.pos, message: scanned.message, tooDeep: scanned.tooDeep };
      // A break before any string is a log prefix like `[2026-01-25 10:30] ERROR {…}` or `{INFO}`, not a body.
      if (scanned.tooDeep || text.slice(i, scanned.pos).includes('"')) return strict;
      const fallback = searchObjects(text, i + 1);
      if (fallback.kind === 'none' || (fallback.kind === 'broken' && fallback.pos <= scanned.pos)) return strict;
      return fallback;
    }
    const parsed = parse(text, scanned.start, scanned.end);
    if (!parsed) return { kind: 'broken', pos: scanned.start, message: 'the JSON could not be read', tooDeep: false };
    if (first === '[') return findInside(text, i, scanned.end, parsed.value);
    return { kind: 'found', candidates: [{ start: scanned.start, end: scanned.end, value: parsed.value }] };
  }
  if (
    first === '"' ||
    first === '-' ||
    (first >= '0' && first <= '9') ||
    /^(true|false|null)\b/.test(text.slice(i, i + 6))
  ) {
    const scanned = scanJsonValue(text, i, MAX_DEPTH);
    if (scanned.ok && text.slice(scanned.end).trim() === '')
      return { kind: 'not-object', value: parse(text, i, scanned.end)?.value ?? null };
  }
  return searchObjects(text, i);
}

/** A top-level array is no error body; an object inside it may be (some clients log `[response]`). */
function findInside(text: string, start: number, end: number, value: unknown): Located {
  const inner = searchObjects(text.slice(0, end), start + 1);
  return inner.kind === 'found' ? inner : { kind: 'not-object', value };
}

function searchObjects(text: string, from: number): Located {
  const candidates: { start: number; end: number; value: unknown }[] = [];
  let best: { pos: number; message: string; tooDeep: boolean; progress: number } | null = null;
  let budget = text.length * 3 + 100_000;
  let attempts = 0;
  let at = text.indexOf('{', from);
  while (at !== -1 && attempts < MAX_ATTEMPTS && candidates.length < MAX_FOUND && budget > 0) {
    attempts++;
    const scanned = scanJsonValue(text, at, MAX_DEPTH);
    if (scanned.ok) {
      budget -= scanned.end - at;
      const parsed = parse(text, at, scanned.end);
      if (parsed) candidates.push({ start: at, end: scanned.end, value: parsed.value });
      at = text.indexOf('{', scanned.end);
      continue;
    }
    budget -= scanned.pos - at + 1;
    if (scanned.tooDeep) return { kind: 'broken', pos: scanned.pos, message: scanned.message, tooDeep: true };
    const progress = scanned.pos - at;
    if (!best || progress > best.progress)
      best = { pos: scanned.pos, message: scanned.message, tooDeep: false, progress };
    // Objects nested in JSON that got some way before breaking are its members: skip past the break.
    at = text.indexOf('{', progress > 2 ? scanned.pos : at + 1);
  }
  if (candidates.length > 0) {
    const outer =
      best && best.progress > 2 && best.pos - best.progress < candidates[0].start
        ? { pos: best.pos, message: best.message }
        : undefined;
    return { kind: 'found', candidates, ...(outer ? { brokenBefore: outer } : {}) };
  }
  // A '{' that breaks at once (`{world}`) is prose, not JSON; one that got some way in is broken JSON.
  if (best && best.progress > 2) return { kind: 'broken', pos: best.pos, message: best.message, tooDeep: false };
  return { kind: 'none' };
}
