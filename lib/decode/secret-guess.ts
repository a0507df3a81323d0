// The secret scanner's guesses: values with no vendor prefix that still read as secrets (a credential after its name
// in prose, an AWS secret key, a long random run, an IBAN). Never made in id and code fields, which a shared link
// exists to keep. Linear like the rest: each pattern starts only at the beginning of a run.
import type { SecretCounts } from './secret-scan';

// `API key abc123…`, `token 9f8e…`, `password p@ss…`: a secret's name, blanks or a quote, then the value.
// A name may be a compound that ends in one (`SecretAccessKey`, `SessionToken`, `client-secret`, `csrf_token`): the
// last part starts after `_`, `-` or a camel-case capital, so `monkey` and `hotkey` are no `key`.
const SECRET_WORD =
  /(?<![A-Za-z0-9_-])(?:[A-Za-z0-9]{1,24}?[_-]?)?(api[ _-]?key|access[ _-]?key|secret[ _-]?key|key|token|secret|password|passwd|passphrase|pwd|credentials?|session(?:[ _-]?id)?|sid|cookie|signature)(?=[ \t'"`])/gi;

// An AWS secret access key: 40 characters of base64 with no prefix, told from hex digests by its mixed case.
const AWS_SECRET = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

// A long random run with no name before it (`header value 3f9a7b…`): 32+ hex digits, or 24+ characters mixing
// capitals, small letters and at least four digits, or 16+ such characters where letters and digits keep alternating
// (`Fa3kT0k3nV4lu3xyz`). Words, codes (`InvalidSignatureException2`, `InvalidParameter2024`) and UUIDs do not qualify.
const RANDOM_RUN = /(?<![A-Za-z0-9_+=-])[A-Za-z0-9_+=-]{16,}/g;

function looksRandom(run: string): boolean {
  const digits = run.replace(/[^0-9]/g, '').length;
  if (run.length >= 32 && /^[0-9a-fA-F]+$/.test(run)) return digits >= 6;
  const mixed = digits >= 4 && /[A-Z]/.test(run) && /[a-z]/.test(run);
  if (run.length >= 24) return mixed;
  // Letter-digit switches: a word with a number on the end has one, a random string many.
  let switches = 0;
  for (let k = 1; k < run.length; k++) if (/[0-9]/.test(run[k]) !== /[0-9]/.test(run[k - 1])) switches++;
  return mixed && switches >= 6;
}

// IBANs, printed in groups of four or run together; a mod-97 check tells them from other capitals-and-digits runs.
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/g;

// Ids and codes are what a shared link exists to keep: the guesses below (unnamed values) are not made in them.
const ID_FIELD = /(?:^|[_-])id$|^id$|trace|request|correlation|traceparent|^cf-ray$|ref$|^code$|^status$/i;

/** A value after a secret's name and a blank: masked when it reads as a credential, not as the next word. */
function maskWordValues(text: string, counts: SecretCounts): string {
  SECRET_WORD.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = SECRET_WORD.exec(text); m; m = SECRET_WORD.exec(text)) {
    const prefix = m[0].slice(0, m[0].length - m[1].length);
    if (prefix !== '' && !/[_-]$/.test(prefix) && !(/[A-Z]/.test(m[1][0]) && /[a-z0-9]$/.test(prefix))) continue;
    let i = m.index + m[0].length;
    let hops = 0;
    while (hops < 3 && ' \t\'"`\\'.includes(text[i] ?? 'x')) {
      i++;
      hops++;
    }
    const start = i;
    while (i < text.length && i - start < 512 && !' \t\r\n\'"`<>\\'.includes(text[i])) i++;
    let end = i;
    while (end > start && '.,;:)]}'.includes(text[end - 1])) end--;
    SECRET_WORD.lastIndex = Math.max(SECRET_WORD.lastIndex, i);
    const value = text.slice(start, end);
    // `token [token]`: a value masked by an earlier pass is not masked again.
    if (start < last || /^\[[a-z]+\]/.test(text.slice(start, i)) || !looksLikeCredential(value)) continue;
    out += text.slice(last, start) + '[secret]';
    counts.secret++;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Digits, symbols or a long mixed-case run: a credential. A plain word (`expired`, `Missing`) or a URL is not. */
function looksLikeCredential(value: string): boolean {
  if (value.length < 6 || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false;
  if (/^[A-Za-z]+$/.test(value)) return value.length >= 16 && /[A-Z]/.test(value) && /[a-z]/.test(value);
  return /[0-9]/.test(value) || /[^A-Za-z0-9-]/.test(value);
}

function ibanValid(compact: string): boolean {
  if (compact.length < 15 || compact.length > 34) return false;
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const n = c >= 'A' && c <= 'Z' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = n > 9 ? (rest * 100 + n) % 97 : (rest * 10 + n) % 97;
  }
  return rest === 1;
}

function replaceRuns(text: string, pattern: RegExp, mask: (run: string) => string | null): string {
  pattern.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const replaced = mask(m[0]);
    if (replaced === null) continue;
    out += text.slice(last, m.index) + replaced;
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Masks the guessed secrets in one kept value; `field` is where it came from (ids and codes are left alone). */
export function maskGuesses(value: string, field: string | undefined, counts: SecretCounts): string {
  if (field !== undefined && ID_FIELD.test(field)) return value;
  let text = maskWordValues(value, counts);
  text = replaceRuns(text, AWS_SECRET, (run) => {
    if (!/[A-Z]/.test(run) || !/[a-z]/.test(run) || !/[0-9]/.test(run)) return null;
    counts.key++;
    return '[key]';
  });
  text = replaceRuns(text, RANDOM_RUN, (run) => {
    if (!looksRandom(run)) return null;
    counts.secret++;
    return '[secret]';
  });
  return replaceRuns(text, IBAN, (run) => {
    if (!ibanValid(run.replace(/ /g, ''))) return null;
    counts.account++;
    return '[account]';
  });
}
