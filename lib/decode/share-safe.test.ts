// Share links by allow-list: the rebuilt paste decodes the same way as the original, and no secret survives it.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { exampleAsHttp } from '@/lib/catalog/examples';
import { buildDecoderTable, decodeResponse } from '@/lib/decode';
import { shareFacts } from '@/tests/support/decode-facts';
import { safeShareText, shareRules } from './share-safe';

const table = buildDecoderTable(getCatalogs());
const now = new Date('2026-01-25T10:30:00Z');
const share = (text: string) => safeShareText(text, shareRules(table, decodeResponse(text, table, { now })));

const sameDecode = (text: string) =>
  expect(shareFacts(decodeResponse(share(text).text, table, { now })), text.slice(0, 200)).toEqual(
    shareFacts(decodeResponse(text, table, { now })),
  );

describe('safeShareText', () => {
  it("keeps a body's name only when it is the error's code, never a person's name", () => {
    const person =
      'HTTP/1.1 403 Forbidden\ncontent-type: application/json\n\n{"name":"Jane Doe","message":"Forbidden"}';
    expect(share(person).text).not.toContain('Jane Doe');
    sameDecode(person);
    const paypal =
      'HTTP/1.1 429 Too Many Requests\ncontent-type: application/json\n\n{"name":"RATE_LIMIT_REACHED","message":"Too many requests. Blocked due to rate limiting.","debug_id":"8f1c2a3b4d5e6"}';
    expect(share(paypal).text).toContain('"name":"RATE_LIMIT_REACHED"');
    sameDecode(paypal);
  });

  it('keeps the status line, header names and what decoding reads, and nothing else', () => {
    const input = [
      'HTTP/2 429 Too Many Requests',
      'content-type: application/json',
      'retry-after: 17',
      'x-trace-id: trace-7f3a9c',
      'set-cookie: session=abc123; HttpOnly',
      'x-auth-token: 0a1b2c3d4e',
      '',
      '{"success":false,"error":{"status":429,"code":1007,"message":"Slow down for +15555550142","retryable":true,"retry_after":17,"password":"hunter2"},"trace_id":"trace-7f3a9c","user":{"email":"jane@example.com","age":41,"vip":true}}',
    ].join('\n');
    // Written by hand: what a reader of the link sees.
    expect(share(input).text).toBe(
      [
        'HTTP/2 429 Too Many Requests',
        'content-type: application/json',
        'retry-after: 17',
        'x-trace-id: trace-7f3a9c',
        'set-cookie: [removed]',
        'x-auth-token: [removed]',
        '',
        '{"success":false,"error":{"status":429,"code":1007,"message":"Slow down for [phone]","retryable":true,"retry_after":17,"password":"[removed]"},"trace_id":"trace-7f3a9c","user":{"email":"[removed]","age":0,"vip":true}}',
      ].join('\n'),
    );
  });

  it('closes every leak the deny-list left open', () => {
    const secrets = [
      'sid=s3ss10n',
      'theme=dark',
      'tok-998877',
      'AT-112233',
      'RT-445566',
      'hunter2',
      'cs-778899',
      'sk_live_51Habcdef',
      'xoxb-1234-abcdef',
      'AKIAIOSFODNN7EXAMPLE',
      '14155550123',
      'jane%40example.com',
      '4111 1111 1111 1111',
      'v1=abc',
      'Bearer x',
      'querytok',
    ];
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'Cookie: sid=s3ss10n; theme=dark',
      'Set-Cookie: sid=s3ss10n; Path=/',
      'X-Auth-Token: tok-998877',
      'Stripe-Signature: t=1,v1=abc',
      'X-Request-Id: req_42',
      'Location: https://x.test/cb?access_token=querytok',
      '',
      JSON.stringify({
        success: false,
        error: {
          status: 401,
          code: 2012,
          message: 'No credentials supplied for jane%40example.com; card 4111 1111 1111 1111; key sk_live_51Habcdef',
          retryable: false,
        },
        trace_id: 'tr-1',
        access_token: 'AT-112233',
        refresh_token: 'RT-445566',
        password: 'hunter2',
        client_secret: 'cs-778899',
        slack: 'xoxb-1234-abcdef',
        aws: 'AKIAIOSFODNN7EXAMPLE',
        to: '14155550123',
        Authorization: ['Bearer x'],
      }),
    ].join('\n');
    const out = share(input).text;
    for (const secret of secrets) expect(out, secret).not.toContain(secret);
    const body = JSON.parse(out.slice(out.indexOf('{'))) as Record<string, unknown>;
    expect(body.Authorization).toEqual(['[removed]']);
    expect(out).toContain('X-Request-Id: req_42');
    sameDecode(input);
  });

  it('keeps the hosts of links in removed values, as the decoder reads them, and masks URL credentials', () => {
    // A link to a host no API documents speaks against a body that only resembles one.
    const input = [
      'HTTP/1.1 400 Bad Request',
      '',
      '{"error":{"type":"authentication_error","message":"See https://admin:pw9x@hooks.example.com/cb?sig=abc123&page=2","callback":"https://hooks.example.com/x?token=t1"}}',
    ].join('\n');
    expect(share(input).text).toBe(
      [
        'HTTP/1.1 400 Bad Request',
        '',
        '{"error":{"type":"authentication_error","message":"See https://user:[secret]@hooks.example.com/cb?sig=[secret]&page=2","callback":"[removed] https://host.invalid/"}}',
      ].join('\n'),
    );
    sameDecode(input);
    sameDecode(input.replace(/"message":"[^"]*"/, '"message":"x"'));
  });

  it('keeps rate-limit headers whose values read as waits, and replaces credentials in headers named like them', () => {
    const input = [
      'HTTP/1.1 429 Too Many Requests',
      'X-RateLimit-Reset: 2026-01-25T10:31:00Z',
      'RateLimit: limit=100, remaining=0, reset=30',
      'X-Rate-Limit-Reset: Wed, 21 Oct 2026 07:28:00 GMT',
      'X-RateLimit-Token: a9f8e7d6c5b4a3f2e1d0',
      'X-RateLimit-Key: sk_abc123secretvalue',
      '',
      '{"code":"RATE_LIMIT_EXCEEDED","message":"Too many"}',
    ].join('\n');
    expect(share(input).text).toBe(
      [
        'HTTP/1.1 429 Too Many Requests',
        'X-RateLimit-Reset: 2026-01-25T10:31:00Z',
        'RateLimit: limit=100, remaining=0, reset=30',
        'X-Rate-Limit-Reset: Wed, 21 Oct 2026 07:28:00 GMT',
        'X-RateLimit-Token: [removed]',
        'X-RateLimit-Key: [removed]',
        '',
        '{"code":"RATE_LIMIT_EXCEEDED","message":"Too many"}',
      ].join('\n'),
    );
    sameDecode(input);
  });

  it('keeps a request id from any header named like one, as the decoder reads it', () => {
    const input =
      'HTTP/1.1 503 Service Unavailable\nX-Acme-Request-Id: acme-7f3a\nX-Acme-Session: s3cr3t-session\n\n{"message":"try later"}';
    const shared = share(input).text;
    expect(shared).toContain('X-Acme-Request-Id: acme-7f3a');
    expect(shared).not.toContain('s3cr3t-session');
    expect(decodeResponse(shared, table, { now })).toMatchObject({ ok: true, traceId: 'acme-7f3a' });
    sameDecode(input);
  });

  it('keeps only the title and heading of an HTML page, and the Server header that names the proxy', () => {
    const input =
      'HTTP/1.1 502 Bad Gateway\nServer: nginx\n\n<html><head><title>502 Bad Gateway</title><script>var k="sk_live_abcdefgh"</script></head><body><h1>502 Bad Gateway</h1><p>for jane@example.com</p></body></html>';
    expect(share(input).text).toBe(
      'HTTP/1.1 502 Bad Gateway\nServer: nginx\n\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n',
    );
    sameDecode(input);
  });

  it('turns log prefixes and chatter into …, keeping the objects the decoder reads', () => {
    const input =
      '2026-01-25T10:30:00Z ERROR user=jane@example.com send {"to":"+15555550100","text":"hi"} -> {"code":"INSUFFICIENT_PERMISSIONS","message":"Key lacks messages:write"} (attempt 2)';
    expect(share(input).text).toBe(
      '… {"to":"[removed]","text":"[removed]"} … {"code":"INSUFFICIENT_PERMISSIONS","message":"Key lacks messages:write"} …',
    );
    sameDecode(input);
  });

  it('keeps broken JSON broken, and a body no shape fits unmatched', () => {
    for (const input of [
      '{"error": "rate_limited", "code": 429,,}',
      '{"note": "a\\qb", "code": 1}',
      '{"open": "never closed',
      '{"x": tru}',
      '{"deep": [[[[[[[[[[1]]]]]]]]]]}',
    ])
      sameDecode(input);
  });

  it('masks secrets in the reason phrase, header names and JSON keys', () => {
    const input =
      'HTTP/1.1 400 Bad key sk_live_abcdefgh123\nsk_live_abcdefgh123: 1\nRetry-After: 3\n\n{"error":"invalid_input","message":"bad","code":400,"by":{"jane@example.com":true}}';
    expect(share(input).text).toBe(
      'HTTP/1.1 400 Bad key [key]\nX-Removed: [removed]\nRetry-After: 3\n\n{"error":"invalid_input","message":"bad","code":400,"by":{"[email]":true}}',
    );
    sameDecode(input);
  });

  // No timed asserts: a quadratic pass over these takes minutes and trips the test timeout, a linear one milliseconds.
  const run = (c: string) => c.repeat(200_000);
  it.each([
    ['spaces in a header value', `HTTP/1.1 429\nRetry-After: 1${run(' ')}2\n\n{"code":1}`],
    ['tabs in the status line', `HTTP/1.1 429 Too${run('\t')}Many\n\n{"code":1}`],
    ['dashes in a header value', `HTTP/1.1 429\nX-Odd: ${run('-')}\n\n{"code":1}`],
    ['spaces between JSON tokens', `{"code":${run(' ')}1}`],
    ['dashes in a kept string', `{"message":"${run('-')}"}`],
    ['tabs in prose', `log${run('\t')}x {"code":1}`],
    ['dashes in a key', `{"${run('-')}":1}`],
  ])('finishes on 200,000-character runs of %s', (_label, text) => {
    expect(safeShareText(text, shareRules(table, null)).text.length).toBeGreaterThan(0);
  });

  it('counts what it removed and masked', () => {
    const result = share(
      'HTTP/1.1 400 Bad Request\nX-Odd: 1\n\n{"error":"invalid_input","message":"bad number +15555550100","code":400,"extra":"x"}',
    );
    expect(result.removed).toBe(2);
    expect(result.masked.phone).toBe(1);
  });
});

describe('share links decode like the paste they came from', () => {
  const dir = path.join(process.cwd(), 'tests', 'fixtures', 'decode');
  const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it.each(fixtures)('%s', (file) => sameDecode(fs.readFileSync(path.join(dir, file), 'utf8')));

  // Generated responses: every catalog example, with extra headers and members carrying seeded secrets.
  const examples = getCatalogs().flatMap((c) =>
    c.examples.map((e) => ({ http: exampleAsHttp(e), body: e.body as Record<string, unknown> })),
  );
  // Each seed is the text put in the paste and the part of it that must not survive (the whole text, or the secret
  // inside a URL or after its name).
  const whole = (text: string) => ({ text, secret: text });
  const opaque = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => whole(`SEED${s}`));
  const word = fc.stringMatching(/^[A-Za-z0-9]{12,20}$/);
  const detectable = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9]{24}$/).map((s) => whole(`sk_live_${s}`)),
    fc.stringMatching(/^[0-9]{12}$/).map((s) => whole(`xoxb-${s}-abcdefgh`)),
    fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => whole(`AKIA${s}`)),
    fc.stringMatching(/^[A-Za-z0-9_-]{20,30}$/).map((s) => whole(`eyJhbGciOiJIUzI1NiJ9.${s}.c2lnbmF0dXJlMTIz`)),
    fc.stringMatching(/^[a-z]{3,10}$/).map((s) => whole(`${s}.doe@example.com`)),
    fc.stringMatching(/^[a-z]{3,10}$/).map((s) => whole(`${s}%40example.org`)),
    fc.integer({ min: 2_000_000, max: 9_999_999 }).map((n) => whole(`+1415${n}`)),
    fc.constantFrom('4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011111111111117').map(whole),
    fc.stringMatching(/^[A-Za-z0-9]{16,24}$/).map((s) => whole(`Bearer ${s}9`)),
    fc.stringMatching(/^[A-Za-z0-9]{36}$/).map((s) => whole(`ghp_${s}`)),
    fc.stringMatching(/^[A-Za-z0-9_-]{20}$/).map((s) => whole(`glpat-${s}`)),
    fc.stringMatching(/^[A-Za-z0-9_-]{35}$/).map((s) => whole(`AIza${s}`)),
    fc.stringMatching(/^[A-Za-z0-9]{22}$/).map((s) => whole(`SG.${s}.${s}`)),
    fc.stringMatching(/^[A-Za-z0-9_-]{40}$/).map((s) => whole(`sk-proj-${s}`)),
    fc.stringMatching(/^[A-Za-z0-9]{36}$/).map((s) => whole(`npm_${s}`)),
    fc.stringMatching(/^[0-9a-f]{32}$/).map((s) => whole(`SK${s}`)),
    // An AWS secret key: mixed case and digits, 40 characters.
    fc.stringMatching(/^[a-z]{10}$/).map((s) => whole(`wJalrXUtnFEMI/K7MDENG/bPx${s}EXAMP`)),
    word.map((s) => ({ text: `https://ops:${s}x9@hooks.example.com/cb`, secret: `${s}x9` })),
    word.map((s) => ({ text: `https://h.example.com/cb?page=2&sig=${s}&code=${s}Q`, secret: s })),
    word.map((s) => ({ text: `API key ${s}7 rejected`, secret: `${s}7` })),
    word.map((s) => ({ text: `t=1700000000,v1=${s}`, secret: s })),
    word.map((s) => ({ text: `Digest username="${s}", response="ab12"`, secret: s })),
    fc.constantFrom('GB82 WEST 1234 5698 7654 32', 'DE89370400440532013000', 'FR1420041010050500013M02606').map(whole),
    fc.constantFrom('020 7946 0958', '07700 900123', '06 12 34 56 78', '(415) 555-0199').map(whole),
    fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => whole(`recipient 1415${n}`)),
  );
  const seeded = fc.record({
    example: fc.constantFrom(...examples),
    headers: fc.array(
      fc.tuple(
        fc.constantFrom(
          'Cookie',
          'Set-Cookie',
          'X-Auth-Token',
          'Authorization',
          'X-Api-Key',
          'Stripe-Signature',
          'X-Custom',
        ),
        fc.oneof(opaque, detectable),
      ),
      { maxLength: 4 },
    ),
    members: fc.array(
      fc.tuple(
        fc.constantFrom(
          'access_token',
          'refresh_token',
          'password',
          'client_secret',
          'to',
          'email',
          'card',
          'note',
          'Authorization',
        ),
        fc.oneof(opaque, detectable),
        fc.boolean(),
      ),
      { maxLength: 4 },
    ),
    inMessage: fc.option(detectable),
  });

  it('keeps api, code, status, retry verdict, wait and trace id, and drops every seeded secret', () => {
    fc.assert(
      fc.property(seeded, ({ example, headers, members, inMessage }) => {
        const body = structuredClone(example.body);
        const error =
          typeof body.error === 'object' && body.error !== null ? (body.error as Record<string, unknown>) : null;
        for (const [name, { text }, nested] of members) {
          const holder = nested && error ? error : body;
          if (!Object.hasOwn(holder, name)) holder[name] = name === 'Authorization' ? [text] : text;
        }
        if (inMessage !== null) {
          for (const holder of [body, error])
            if (holder && typeof holder.message === 'string') holder.message = `${holder.message} (${inMessage.text})`;
        }
        const bodyText = JSON.stringify(body, null, 2);
        const httpHead = example.http.startsWith('HTTP/')
          ? example.http.slice(0, example.http.indexOf('\n\n'))
          : 'HTTP/1.1 400 Bad Request';
        const input = [httpHead, ...headers.map(([k, v]) => `${k}: ${v.text}`), '', bodyText].join('\n');
        const out = share(input).text;
        for (const [, value] of headers) expect(out).not.toContain(value.secret);
        for (const [, value] of members) expect(out).not.toContain(value.secret);
        if (inMessage !== null) expect(out).not.toContain(inMessage.secret);
        sameDecode(input);
      }),
      { seed: 23, numRuns: 400 },
    );
  });
});
