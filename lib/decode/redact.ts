// Masks personal data and secrets in a paste before it is shared: phone numbers, e-mail addresses, bearer
// tokens, API keys and signatures. Codes, statuses and trace/request ids are left alone, and JSON stays valid.

export interface RedactCounts {
  phone: number;
  email: number;
  token: number;
  apiKey: number;
  signature: number;
}

export interface Redacted {
  text: string;
  counts: RedactCounts;
}

// Replacers receive the match and its capture groups, as String.prototype.replace passes them.
type Rule = { kind: keyof RedactCounts; pattern: RegExp; replace: (match: string, ...groups: any[]) => string };

// Secret values stop at quotes, whitespace and separators so a value inside a JSON string keeps its quotes.
const SECRET = `[^\\s"'<>,;&]+`;

// Header lines: the whole value is secret (signatures like `t=1,v1=abc` contain separators).
const headerLine = (name: string) => new RegExp(`^((?:[<>] ?)?${name}[ \\t]*:[ \\t]*)([^\\r\\n]*?)([ \\t]*\\r?)$`, 'gim');

const RULES: Rule[] = [
  {
    kind: 'token',
    pattern: headerLine('(?:proxy-)?authorization'),
    replace: (m, lead: string, value: string, end: string) => {
      if (value === '' || value.endsWith('[token]')) return m;
      const scheme = /^(?:bearer|basic|token|digest)\s+/i.exec(value)?.[0] ?? '';
      return `${lead}${scheme}[token]${end}`;
    },
  },
  { kind: 'apiKey', pattern: headerLine('(?:x-)?api[-_]?key'), replace: (m, lead: string, value: string, end: string) => (value === '' || value === '[api-key]' ? m : `${lead}[api-key]${end}`) },
  {
    kind: 'signature',
    pattern: headerLine('x-[\\w-]*signature[\\w-]*'),
    replace: (m, lead: string, value: string, end: string) => (value === '' || value === '[signature]' ? m : `${lead}[signature]${end}`),
  },
  // `Authorization: Bearer …`, `Authorization: Basic …` (header or JSON member), scheme kept.
  {
    kind: 'token',
    pattern: new RegExp(`(authorization"?\\s*[:=]\\s*"?)((?:bearer|basic|token|digest)\\s+)?(?!\\[token\\])(${SECRET})`, 'gi'),
    // `Authorization: Bearer)` in prose names a scheme, not a secret.
    replace: (m, lead: string, scheme: string | undefined, secret: string) =>
      !scheme && /^(?:bearer|basic|token|digest)\W*$/i.test(secret) ? m : `${lead}${scheme ?? ''}[token]`,
  },
  // A bare `Bearer xyz` elsewhere; `Bearer <api_key>` placeholders in messages are not secrets.
  { kind: 'token', pattern: /\b(bearer\s+)(?!\[token\])([A-Za-z0-9\-._~+/]{8,}=*)/gi, replace: (_m, lead: string) => `${lead}[token]` },
  // API keys in headers (X-API-Key, Api-Key), JSON members and query parameters.
  {
    kind: 'apiKey',
    pattern: new RegExp(`((?:x-)?api[-_]?key"?\\s*[:=]\\s*"?)(?!\\[api-key\\])(${SECRET})`, 'gi'),
    replace: (_m, lead: string) => `${lead}[api-key]`,
  },
  // Signature headers (x-chert-signature, x-hub-signature-256…) and `signature=` parameters.
  {
    kind: 'signature',
    pattern: new RegExp(`((?:x-[\\w-]*signature[\\w-]*|signature|sig)"?\\s*[:=]\\s*"?)(?!\\[signature\\])(${SECRET})`, 'gi'),
    replace: (_m, lead: string) => `${lead}[signature]`,
  },
  // The lookbehind starts a match only at the start of a run, which keeps long runs of letters linear.
  { kind: 'email', pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, replace: () => '[email]' },
  // E.164 and international forms: a plus, a country code, then digits with optional spaces, dots, dashes, brackets.
  { kind: 'phone', pattern: /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){1,5}(?=$|[^\w])/g, replace: phoneMask },
  // National forms with separators: (555) 555-0100, 555-555-0100, 555.555.0100. Bare digit runs stay: they may be ids.
  { kind: 'phone', pattern: /(?<![\w.\-/:])(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-]|\.\d)/g, replace: () => '[phone]' },
];

/** An international number needs at least 7 digits; shorter `+1 2` fragments are left alone. */
function phoneMask(match: string): string {
  return match.replace(/\D/g, '').length >= 7 ? '[phone]' : match;
}

export function redact(text: string): Redacted {
  const counts: RedactCounts = { phone: 0, email: 0, token: 0, apiKey: 0, signature: 0 };
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match: string, ...groups: unknown[]) => {
      const replaced = rule.replace(match, ...groups);
      if (replaced !== match) counts[rule.kind]++;
      return replaced;
    });
  }
  return { text: out, counts };
}
