// Phone and card numbers for the secret scanner: digit groups walked by hand, so every character is read a bounded
// number of times. A bare digit run is a phone number only in a phone-like field; a card must pass the Luhn check.

const MASK = { phone: '[phone]', card: '[card]' };
type DigitCounts = Record<'phone' | 'card', number>;

/** Field names whose values are phone numbers even as a bare digit run (`"to":"14155550123"`). */
export const PHONE_FIELD =
  /^(?:to|from|phone|phone_?number|phonenumber|mobile|mobile_?number|msisdn|tel|telephone|recipient|sender|caller|callee|contact_?number|wa_?id|whatsapp)$/i;

// Compound names built on a phone word, snake, kebab or camel case: `customer_phone`, `destination_number`,
// `phone_e164`, `sms_to`, `recipientMsisdn`. A prefix needs its separator, so `hotel` is no `tel`.
const PHONE_PART = '(?:phone|mobile|msisdn|tel|telephone|cell|whatsapp|wa_id)';
const PHONE_COMPOUND = new RegExp(
  `^(?:[a-z0-9]+_)*(?:${PHONE_PART}(?:_(?:number|no|num|e164|to|from))?|(?:to|from|recipient|sender|caller|callee|destination|dest|contact|sms|customer)_(?:number|no|num|${PHONE_PART}|to|from))$`,
);

/** Whether a member or header name holds phone numbers. */
export function isPhoneField(name: string): boolean {
  if (PHONE_FIELD.test(name)) return true;
  if (name.length > 64) return false;
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  return PHONE_COMPOUND.test(snake);
}

const MAX_GROUPS = 8;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Words that name a phone number in prose: `recipient 14155550123`, `the number 15551234567`. */
const PHONE_WORD = /^(?:numbers?|recipients?|phones?|mobiles?)$/i;

/**
 * The identifier just before `i` across `":` / `=` / `: "`, looked at over a bounded window; across blanks alone only
 * a word that names a phone number counts (`order 14155550123` is an order).
 */
function keyBefore(text: string, i: number): string {
  let j = i - 1;
  let hops = 0;
  while (j >= 0 && hops < 6 && ' \t"\':='.includes(text[j])) {
    j--;
    hops++;
  }
  const named = /[:=]/.test(text.slice(j + 1, i));
  if (hops === 0) return '';
  const end = j + 1;
  while (j >= 0 && end - j <= 32 && isWordChar(text.charCodeAt(j))) j--;
  const word = text.slice(j + 1, end);
  return named || PHONE_WORD.test(word) || isPhoneField(word) ? word : '';
}

/**
 * Phone numbers and card numbers: from each start, reads digit groups joined by short separators (at most 20 digits),
 * masks the longest leading run of groups that is a phone or card number, and moves on past what it masked (or past
 * the first group), so every character is looked at a bounded number of times.
 */
export function maskDigitRuns(text: string, field: string | undefined, counts: DigitCounts): string {
  let out = '';
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const plus = c === 43 && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    // `(555) 555-0100`, `(020) 7946 0958`: a bracket opens a number only around an area code (three digits, or a
    // trunk 0 and up to four more).
    const paren = c === 40 && /^\((?:\d{3}|0\d{1,4})\)/.test(text.slice(i, i + 7));
    if (
      !(plus || paren || isDigit(c)) ||
      (i > 0 && (isWordChar(text.charCodeAt(i - 1)) || text[i - 1] === '+' || text[i - 1] === '.')) ||
      // Inside a hyphenated token (`9a8b7c6d-0000-1111-2222-…`, a UUID or a request id) digits are no number.
      (i > 1 && text[i - 1] === '-' && isWordChar(text.charCodeAt(i - 2)))
    ) {
      i++;
      continue;
    }
    const start = i;
    const groups: { digits: string; end: number; sep: string }[] = [];
    let total = 0;
    let j = plus || paren ? i + 1 : i;
    let sep = paren ? '(' : '';
    // No phone or card format has more than eight groups; the cap keeps runs of `1 1 1 …` cheap.
    while (j < n && total <= 19 && groups.length < MAX_GROUPS) {
      let g = '';
      while (j < n && isDigit(text.charCodeAt(j)) && total + g.length <= 19) g += text[j++];
      groups.push({ digits: g, end: j, sep });
      total += g.length;
      if (j < n && isDigit(text.charCodeAt(j))) {
        total = 20;
        break;
      }
      sep = '';
      let k = j;
      while (k < n && sep.length < 2 && ' -.()'.includes(text[k])) sep += text[k++];
      if (sep === '' || k >= n || !isDigit(text.charCodeAt(k))) break;
      j = k;
    }
    let matched: { kind: 'phone' | 'card'; end: number } | null = null;
    let digitsUpTo = total;
    for (let k = groups.length; k >= 1 && !matched; k--) {
      const end = groups[k - 1].end;
      if (k < groups.length) digitsUpTo -= groups[k].digits.length;
      // Every phone and card number has at least seven digits.
      if (digitsUpTo < 7) break;
      if (end < n && (isWordChar(text.charCodeAt(end)) || text[end] === '@' || (k === groups.length && total > 19)))
        continue;
      const kind = classify(text, start, plus, paren, groups.slice(0, k), field);
      if (kind) matched = { kind, end };
    }
    if (matched) {
      out += text.slice(last, start) + MASK[matched.kind];
      counts[matched.kind]++;
      last = matched.end;
      i = matched.end;
      continue;
    }
    // Past the first group, and past the rest of an over-long digit run so it is not re-read from inside.
    let next = groups[0].end;
    while (next < n && isDigit(text.charCodeAt(next))) next++;
    i = Math.max(next, start + 1);
  }
  return last === 0 ? text : out + text.slice(last);
}

function classify(
  text: string,
  start: number,
  plus: boolean,
  paren: boolean,
  groups: { digits: string; sep: string }[],
  field: string | undefined,
): 'phone' | 'card' | null {
  const digits = groups.map((g) => g.digits).join('');
  const count = digits.length;
  const separators = groups.slice(1).map((g) => g.sep);
  if (
    !plus &&
    !paren &&
    count >= 13 &&
    count <= 19 &&
    separators.every((s) => s === ' ' || s === '-') &&
    /^[2-6]/.test(digits) &&
    luhn(digits)
  ) {
    // A contiguous run in an id field is an id, not a card.
    if (groups.length > 1 || !/(?:^|_)id$|^id$|trace|request|correlation/i.test(field ?? '')) return 'card';
  }
  if (plus && count >= 7 && count <= 15) return 'phone';
  // National forms with separators: (555) 555-0100, 555-555-0100, 555.555.0100, 1-555-555-0100.
  const lengths = groups.map((g) => g.digits.length).join('-');
  if (lengths === '3-3-4' || lengths === '1-3-3-4') return 'phone';
  // National forms after a trunk `0`, one separator throughout: 020 7946 0958, 07700 900123, 06 12 34 56 78.
  if (
    !plus &&
    !paren &&
    groups.length > 1 &&
    digits[0] === '0' &&
    count >= 9 &&
    count <= 15 &&
    separators.every((s) => s === separators[0] && (s === ' ' || s === '-' || s === '.'))
  )
    return 'phone';
  // The same with the trunk code in brackets: (020) 7946 0958, (030) 12345678, (0161) 496-0000.
  if (
    paren &&
    groups.length > 1 &&
    digits[0] === '0' &&
    count >= 9 &&
    count <= 15 &&
    /^\) ?$/.test(separators[0]) &&
    separators.slice(1).every((s) => s === ' ' || s === '-' || s === '.')
  )
    return 'phone';
  if (groups.length === 1 && count >= 7 && count <= 15) {
    const key = field !== undefined && isPhoneField(field) ? field : keyBefore(text, start);
    if (key && (isPhoneField(key) || PHONE_WORD.test(key))) return 'phone';
  }
  return null;
}
