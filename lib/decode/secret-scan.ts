// The secret scanner behind share links: masks what still looks like a secret in a value the allow-list kept
// (credentials, JWTs, vendor keys, card numbers, e-mails, phone numbers). Every pass is linear in the text:
// regexes start only at the beginning of a run (lookbehind) and repeat one class, and digit runs are walked by hand.
import { maskDigitRuns } from './digit-secrets';
import { maskGuesses } from './secret-guess';
import { VENDOR_KEY } from './vendor-keys';

export type SecretKind = 'token' | 'key' | 'secret' | 'email' | 'phone' | 'card' | 'account';
export type SecretCounts = Record<SecretKind, number>;

export const emptyCounts = (): SecretCounts => ({
  token: 0,
  key: 0,
  secret: 0,
  email: 0,
  phone: 0,
  card: 0,
  account: 0,
});

export const MASK: Record<SecretKind, string> = {
  token: '[token]',
  key: '[key]',
  secret: '[secret]',
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  account: '[account]',
};

// `Authorization: Bearer …`: the scheme stays, the credential goes. `[ \t]{1,10}` keeps long blank runs cheap.
const SCHEME_CREDENTIAL = /(?<![A-Za-z0-9_-])(bearer|basic|negotiate|ntlm)([ \t]{1,10})([A-Za-z0-9\-._~+/]+=*)/gi;

// Schemes whose credential is a list of `name=value` parameters (`Digest username="…", response="…"`, AWS SigV4,
// OAuth 1, HTTP message signatures): the scheme stays, the rest of the line goes.
const PARAM_SCHEME =
  /(?<![A-Za-z0-9_-])(digest|aws4-hmac-sha256|oauth|signature|hoba)([ \t]{1,10})(?=[A-Za-z_-]{1,32}=)/gi;

// Signature pairs as webhook senders write them: Stripe's `v1=…`, GitHub's `sha256=…`.
const SIGNATURE_PAIR = /(?<![A-Za-z0-9_-])(v\d{1,2}|sha(?:1|256|512))=[A-Za-z0-9+/_-]{6,}=*/gi;

// Query parameters that carry signatures, keys and one-time codes (`?sig=`, `&key=`, `&code=`, `&X-Amz-Signature=`).
const QUERY_NAME =
  /(?<=[?&;])[A-Za-z0-9_.-]{0,40}?(?:sig|signature|key|code|auth|hash|hmac|nonce|ticket|jwt|assertion|pass|pw|policy|credential|session|sid)(?==)/gi;

// `https://user:pass@host`: the userinfo becomes `user:[secret]`, the host stays (the decoder reads hosts to tell APIs
// apart, and reads a userinfo's first word as one: a stand-in word keeps that reading foreign, as the original was).
const USERINFO = /(?<=:\/\/)[^\s/?#@"'<>\\]{1,256}@/g;

// A key whose name ends like a secret's, then `=` or `:` (query strings, `key: value` prose, JSON inside a message).
// A name in JSON that is itself inside a JSON string (`{\"refresh_token\":\"…\"}`) has its quotes escaped.
const SECRET_NAME =
  /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]*?(?:token|secret|password|passwd|pwd|passphrase|api[_-]?key|apikey|private[_-]?key|access[_-]?key|signing[_-]?key|signature|cookie|session[_-]?id|sessid|authorization|credentials?|otp)(?=(?:\\{1,7}["']|["'])?[ \t]{0,10}[:=])/gi;

// Short names of a password or PIN (`pass: …`, `user_pw=…`, `pin: …`): alone or after a separator, so `bypass` and
// `compass` are no `pass`.
const SHORT_SECRET_NAME =
  /(?<![A-Za-z0-9_-])(?:[A-Za-z0-9]{1,32}[_-]){0,3}(?:pass|pw|pin|passcode)(?=(?:\\{1,7}["']|["'])?[ \t]{0,10}[:=])/gi;

const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

// The local part is bounded, so a failed attempt costs at most 64 steps; `%40` and `%2540` are encoded `@`s.
const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}(?:@|%40|%2540)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/gi;

const PEM_BEGIN = '-----BEGIN ';
const PEM_END = '-----END ';

function replaceAll(text: string, pattern: RegExp, mask: (m: RegExpExecArray) => string | null): string {
  pattern.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const replaced = mask(m);
    if (replaced !== null) {
      out += text.slice(last, m.index) + replaced;
      last = m.index + m[0].length;
    }
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return last === 0 ? text : out + text.slice(last);
}

function maskPem(text: string, counts: SecretCounts): string {
  let at = text.indexOf(PEM_BEGIN);
  if (at === -1) return text;
  let out = '';
  let last = 0;
  while (at !== -1) {
    const header = text.indexOf('-----', at + PEM_BEGIN.length);
    if (header === -1 || !text.slice(at, header).includes('PRIVATE KEY')) {
      at = text.indexOf(PEM_BEGIN, at + 1);
      continue;
    }
    const end = text.indexOf(PEM_END, header);
    const close = end === -1 ? -1 : text.indexOf('-----', end + PEM_END.length);
    const stop = close === -1 ? text.length : close + 5;
    out += text.slice(last, at) + MASK.key;
    counts.key++;
    last = stop;
    at = text.indexOf(PEM_BEGIN, stop);
  }
  return out + text.slice(last);
}

/** Where a secret value after `name=` or `name: ` ends: cookies, signatures and credentials run to the line end. */
function valueEnd(text: string, from: number, name: string, inQuery: boolean): number {
  // In a query string `&` ends every value, a signature's included.
  const wide = !inQuery && /cookie|signature|authorization|credential/i.test(name);
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '"' || c === "'" || c === '<' || c === '>' || c === '\\') break;
    if (!wide && (c === ' ' || c === '\t' || c === '&' || c === ';' || c === ',')) break;
    i++;
  }
  return i;
}

function maskNamedValues(text: string, counts: SecretCounts, pattern: RegExp): string {
  pattern.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let i = m.index + m[0].length;
    while (text[i] === '\\') i++;
    if (text[i] === '"' || text[i] === "'") i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
    i++; // the `:` or `=`
    while (text[i] === ' ' || text[i] === '\t') i++;
    for (let hops = 0; hops < 8 && text[i] === '\\'; hops++) i++;
    if (text[i] === '"' || text[i] === "'") i++;
    const start = i;
    if (start < last) continue;
    let end = valueEnd(text, start, m[0], m.index > 0 && (text[m.index - 1] === '?' || text[m.index - 1] === '&'));
    // `(pass: x1)`: closing brackets at the end of a value that opens none belong to the prose around it.
    if (!/[([{]/.test(text.slice(start, end))) while (end > start && ')]}'.includes(text[end - 1])) end--;
    const value = text.slice(start, end);
    pattern.lastIndex = Math.max(pattern.lastIndex, end);
    // Placeholders (`[token]`, `<api_key>`, `{token}`) and empty values are not secrets.
    const scheme = /^(?:bearer|basic|digest|token)[ \t]+/i.exec(value)?.[0] ?? '';
    if (/^(?:\[[a-z-]+\]|<[^>]*>|\{[^}]*\}|null|true|false|none|undefined|\*+)?$/i.test(value.slice(scheme.length)))
      continue;
    out += text.slice(last, start) + scheme + MASK.secret;
    counts.secret++;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Where a `Digest …` or `AWS4-HMAC-SHA256 …` credential ends: the end of its line. */
function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function maskParamSchemes(text: string, counts: SecretCounts): string {
  PARAM_SCHEME.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = PARAM_SCHEME.exec(text); m; m = PARAM_SCHEME.exec(text)) {
    const start = m.index + m[0].length;
    const end = lineEnd(text, start);
    out += text.slice(last, start) + MASK.token;
    counts.token++;
    last = end;
    PARAM_SCHEME.lastIndex = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

// A percent-encoded delimiter (`%3D`, `%26`, `%3F`, `%2F`, `%3A`, `%20`, `%22`, `%2C`, `%3B`), encoded once or twice:
// the value carries a URL or query inside a URL, whose names and values only read as such decoded.
const ENCODED_DELIMITER = /%(?:25)?(?:3[dDfFaAbB]|2[6fF02cC])/;
const PERCENT = /%([0-9A-Fa-f]{2})/g;

/** The value with printable percent escapes decoded, twice over (`%253D` is `=`); null when it has none that matter. */
function urlDecoded(value: string): string | null {
  if (!ENCODED_DELIMITER.test(value)) return null;
  const once = (t: string) =>
    t.replace(PERCENT, (all, hex: string) => {
      const code = parseInt(hex, 16);
      return code >= 0x20 && code < 0x7f && code !== 0x3c && code !== 0x3e ? String.fromCharCode(code) : all;
    });
  return once(once(value));
}

/**
 * Masks secrets in one kept value. `field` is the JSON member or header the value came from: a bare digit run
 * is a phone number only in a phone-like field, and a digit run in an id field is never taken for a card.
 * A URL-encoded value is read decoded too; when that finds a secret the link carries the decoded, masked text.
 */
export function maskSecrets(value: string, field?: string, counts: SecretCounts = emptyCounts()): string {
  const decoded = urlDecoded(value);
  if (decoded !== null) {
    const found = emptyCounts();
    const masked = maskPlain(decoded, field, found);
    if (masked !== decoded) {
      for (const kind of Object.keys(found) as SecretKind[]) counts[kind] += found[kind];
      return masked;
    }
  }
  return maskPlain(value, field, counts);
}

function maskPlain(value: string, field: string | undefined, counts: SecretCounts): string {
  let text = maskPem(value, counts);
  text = replaceAll(text, JWT, () => {
    counts.token++;
    return MASK.token;
  });
  text = replaceAll(text, USERINFO, () => {
    counts.secret++;
    return `user:${MASK.secret}@`;
  });
  text = maskParamSchemes(text, counts);
  text = replaceAll(text, SCHEME_CREDENTIAL, (m) => {
    const credential = m[3];
    // `Bearer token` and `Basic auth` in prose name a scheme; a credential has digits, symbols or length.
    if (
      credential.length < 6 ||
      (/^[A-Za-z]+$/.test(credential) && credential.length < 16 && credential.toLowerCase() === credential)
    )
      return null;
    counts.token++;
    return `${m[1]}${m[2]}${MASK.token}`;
  });
  text = replaceAll(text, VENDOR_KEY, () => {
    counts.key++;
    return MASK.key;
  });
  text = maskNamedValues(text, counts, SECRET_NAME);
  text = maskNamedValues(text, counts, SHORT_SECRET_NAME);
  text = maskNamedValues(text, counts, QUERY_NAME);
  text = replaceAll(text, SIGNATURE_PAIR, (m) => {
    counts.secret++;
    return `${m[1]}=${MASK.secret}`;
  });
  text = maskGuesses(text, field, counts);
  text = replaceAll(text, EMAIL, (m) => {
    const tld = m[0].slice(m[0].lastIndexOf('.') + 1);
    if (!/^[A-Za-z]{2,}$/.test(tld)) return null;
    counts.email++;
    return MASK.email;
  });
  return maskDigitRuns(text, field, counts);
}
