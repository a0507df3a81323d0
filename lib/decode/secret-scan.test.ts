// The secret scanner: each kind of secret is masked in a kept value, ids and codes are not, and long runs stay linear.
import { describe, expect, it } from 'vitest';
import { emptyCounts, maskSecrets } from './secret-scan';

describe('maskSecrets', () => {
  it.each([
    [
      'bearer credential',
      'rejected Authorization: Bearer abcDEF123456.xyz',
      undefined,
      'rejected Authorization: Bearer [token]',
    ],
    ['basic credential', 'sent Basic dXNlcjpwYXNz', undefined, 'sent Basic [token]'],
    ['JWT', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl expired', undefined, 'token [token] expired'],
    ['Stripe live key', 'key sk_live_51HabcdEFGH is revoked', undefined, 'key [key] is revoked'],
    ['Stripe restricted key', 'rk_test_9xYzAbCdEf', undefined, '[key]'],
    ['Slack bot token', 'xoxb-123456789012-abcdefABCDEF', undefined, '[key]'],
    ['Slack user token', 'use xoxp-1234-5678-abcdef', undefined, 'use [key]'],
    ['GitHub token', 'ghp_ABCDEFGHIJKLMNOPQRSTuvwx1234', undefined, '[key]'],
    ['GitHub fine-grained token', 'github_pat_11ABCDEFG0123456789_abcdefghij', undefined, '[key]'],
    ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE', undefined, '[key]'],
    ['Google API key', 'key=AIzaSyA-1234567890abcdefghijklmnopqrstu', undefined, 'key=[key]'],
    ['GitLab token', 'glpat-abcdefghij1234567890', undefined, '[key]'],
    [
      'password in a query string',
      '/login?user=x&password=hunter2&next=/',
      undefined,
      '/login?user=x&password=[secret]&next=/',
    ],
    [
      'access and refresh tokens',
      'cb?access_token=at123456&refresh_token=rt654321',
      undefined,
      'cb?access_token=[secret]&refresh_token=[secret]',
    ],
    [
      'client_secret as JSON inside a message',
      '{"client_secret":"s3cr3t-value"}',
      undefined,
      '{"client_secret":"[secret]"}',
    ],
    ['signature keeps nothing of v1', 'Stripe-Signature: t=1,v1=abc', undefined, 'Stripe-Signature: [secret]'],
    ['cookie runs to the end of the line', 'Cookie: sid=abc; theme=dark', undefined, 'Cookie: [secret]'],
    ['e-mail', 'failed for jane.doe+test@example.co.uk today', undefined, 'failed for [email] today'],
    ['URL-encoded e-mail', '/users/jane.doe%40example.com/messages', undefined, '/users/[email]/messages'],
    ['international phone', 'to +1 (555) 555-0100 and +44 20 7946 0958', undefined, 'to [phone] and [phone]'],
    ['E.164 phone', 'number +15555550100 is blocked', undefined, 'number [phone] is blocked'],
    [
      'national phone forms',
      'call (555) 555-0100 or 555-555-0100 or 555.555.0100',
      undefined,
      'call [phone] or [phone] or [phone]',
    ],
    ['bare digits in a phone-like field', '14155550123', 'to', '[phone]'],
    [
      'bare digits after a phone-like key',
      '{"to":"14155550123"} and msisdn=447700900123',
      undefined,
      '{"to":"[phone]"} and msisdn=[phone]',
    ],
    ['card number', 'card 4111 1111 1111 1111 declined', undefined, 'card [card] declined'],
    ['card number without separators', 'pan=5555555555554444', undefined, 'pan=[card]'],
    [
      'private key block',
      'k=-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY----- end',
      undefined,
      'k=[key] end',
    ],
    [
      'password in URL userinfo, host kept',
      'hook https://admin:s3cr3t!x@hooks.example.com/cb',
      undefined,
      'hook https://user:[secret]@hooks.example.com/cb',
    ],
    [
      'token as URL user',
      'git https://ghx0tok@git.example.org/r.git',
      undefined,
      'git https://user:[secret]@git.example.org/r.git',
    ],
    [
      'signature, key and one-time code query parameters',
      '/cb?sig=sigABC987&code=oauth555&key=apiKEY777&X-Amz-Signature=ffee00&page=2',
      undefined,
      '/cb?sig=[secret]&code=[secret]&key=[secret]&X-Amz-Signature=[secret]&page=2',
    ],
    [
      'Digest credential parameters',
      'sent Digest username="Mufasa", response="6629fae49393a05397450978507c4ef1"\nnext line',
      undefined,
      'sent Digest [token]\nnext line',
    ],
    [
      'AWS SigV4 authorization',
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/s3/aws4_request, Signature=fe5f80',
      undefined,
      'AWS4-HMAC-SHA256 [token]',
    ],
    [
      'Stripe and GitHub signature pairs in prose',
      'no match for t=1700000000,v1=aa11bb22cc33dd44,v0=ee55ff66 or sha256=9f86d081884c7d65',
      undefined,
      'no match for t=1700000000,v1=[secret],v0=[secret] or sha256=[secret]',
    ],
    [
      'unknown-format key, token and password named in prose',
      "API key ibx_sk_0011223344 unknown; key 'Xk29fjw0Lq'; token dd0a9b8c7e6f5a4b revoked; password p@ssW0rd!! weak",
      'message',
      "API key [secret] unknown; key '[secret]'; token [secret] revoked; password [secret] weak",
    ],
    [
      'AWS secret access key without a name',
      'signed with wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.',
      'message',
      'signed with [key].',
    ],
    [
      'IBANs grouped and run together',
      'IBAN GB82 WEST 1234 5698 7654 32 / DE89370400440532013000',
      'message',
      'IBAN [account] / [account]',
    ],
    [
      'national phone numbers after a trunk 0',
      'call 020 7946 0958, 07700 900123, 06 12 34 56 78 or 030-12345678',
      'message',
      'call [phone], [phone], [phone] or [phone]',
    ],
    [
      'bare digits after a word that names a phone number',
      'recipient 14155550123 is not on WhatsApp; the number 447700900123 is invalid',
      'message',
      'recipient [phone] is not on WhatsApp; the number [phone] is invalid',
    ],
    [
      'webhook URL paths that are credentials',
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX and https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-abcdef',
      'message',
      'https://hooks.slack.com/services/[key] and https://discord.com/api/webhooks/[key]',
    ],
    [
      'long random runs with no name before them',
      'x-api-key header value 3f9a7b2c4d5e6f708192a3b4c5d6e7f8; session Zk8Qw2Lm9Xp4Rt7Vb1Nc5Hy3 ended',
      'message',
      'x-api-key header value [secret]; session [secret] ended',
    ],
    [
      'session ids after their name, and a Salesforce session',
      'Session 00D5g000004XyZ!AQ4AQ expired; session ses_77aa is closed; token 00D5g000004XyZa!AQoAQHmM.x_',
      'message',
      'Session [secret] expired; session [secret] is closed; token [key]',
    ],
    [
      'AWS secret key and session token after camel-case names',
      'AccessKeyId ASIAY34FZKBOKMUTVV7A with SecretAccessKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY and SessionToken FwoGZXIvYXdzEBYaDHqa0AP1jj9Lpv8x',
      'message',
      'AccessKeyId [key] with SecretAccessKey [secret] and SessionToken [secret]',
    ],
    [
      'GitLab runner, deploy and trigger tokens',
      'glrt-abcdefghij0123456789 / gldt-XyZ0123456789abcdefg / glptt-0123456789abcdef0123',
      'message',
      '[key] / [key] / [key]',
    ],
    [
      'a key the provider printed half-starred, and an OpenAI service-account key',
      'Incorrect API key provided: sk-abc12*********************wxyz. Also sk-svcacct-AbCdEf0123456789GhIjKlMnOp',
      'message',
      'Incorrect API key provided: [key]. Also [key]',
    ],
    [
      'short random token with no name before it',
      'CSRF token mismatch: expected Fa3kT0k3nV4lu3xyz got Qm9v4Zx',
      'message',
      'CSRF token mismatch: expected [secret] got Qm9v4Zx',
    ],
    [
      'UK number with its trunk code in brackets',
      'call (020) 7946 0958 or (0161) 496 0000',
      'message',
      'call [phone] or [phone]',
    ],
    [
      'bare digits after compound phone names',
      'customer_phone=447700900123; sms_to: 15551234567; CustomerPhone 447911123456; destination_number=5511987654321',
      'message',
      'customer_phone=[phone]; sms_to: [phone]; CustomerPhone [phone]; destination_number=[phone]',
    ],
    [
      'a token in JSON inside a JSON string inside a message',
      '{"body":"{\\"refresh_token\\":\\"rt_Q1w2E3r4T5\\"}"}',
      'message',
      '{"body":"{\\"refresh_token\\":\\"[secret]\\"}"}',
    ],
    [
      'a token and an e-mail in a URL-encoded callback, read decoded',
      'callback=https%3A%2F%2Fx.example.com%2Fcb%3Faccess_token%3DAT_zz9988yy%26email%3Dmo%2540example.com',
      'message',
      'callback=https://x.example.com/cb?access_token=[secret]&email=[email]',
    ],
    [
      'short password and PIN names',
      'login failed (user=gina pass: Sup3r$ecret!) db_user_pass=Xy12ab; pin: 4321',
      'message',
      'login failed (user=gina pass: [secret]) db_user_pass=[secret]; pin: [secret]',
    ],
  ])('masks a %s', (_label, input, field, expected) => {
    expect(maskSecrets(input, field)).toBe(expected);
  });

  it.each([
    ['a numeric trace id', '852850827913949', 'trace_id'],
    ['a UUID request id', 'b3f1c8d2-2b9e-4c5e-8a1f-2c7d6a9e4b1a', 'request_id'],
    ['a Meta trace id', 'A9PT_GrZ5LIImkA8UdH--jZ', 'fbtrace_id'],
    ['a traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 'traceparent'],
    ['an HTTP date', 'Thu, 25 Jan 2024 20:40:00 GMT', 'date'],
    ['an epoch reset', '1706215260', 'x-ratelimit-reset'],
    ['a timestamp and an address', 'at 2026-01-25T10:30:00Z from 203.0.113.5', 'message'],
    ['a code and a status', 'rate_limited (429), code 1007', 'message'],
    ['a scheme named in prose', 'Missing Authorization header. Expected: Bearer <api_key>', 'message'],
    ['a bare digit run that is no phone field', 'order 14155550123 failed', 'message'],
    ['a contiguous Luhn-valid id in an id field', '4111111111111111', 'request_id'],
    ['plain words after a secret name', 'Invalid API key provided; token expired; Key lacks messages:write', 'message'],
    ['a docs URL after a secret name', 'token https://docs.example.com/auth', 'message'],
    ['a short hex id and a version', 'build deadbeef12 of v2.4.1-rc3', 'message'],
    ['a mixed-case 40-character request id', 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7jKl0n', 'request_id'],
    ['a date and time', 'at 01-02-2026 10:30 and 2026.01.25', 'message'],
    ['a capitals-and-digits run that fails the IBAN check', 'ref GB00 WEST 1234 5698 7654 32', 'message'],
    ['a query parameter with no secret in its name', '/errors?page=2&lang=en', 'message'],
    [
      'long codes, UUIDs and snake-case names',
      'InvalidSignatureException2 for 7c9e6679-7425-40de-944b-e07fc1f90ae7 in MESSAGE_TEMPLATE_NOT_APPROVED_2024',
      'message',
    ],
    ['digits inside a UUID-like request id', '9a8b7c6d-0000-1111-2222-333344445555', 'x-ms-request-id'],
    ['a UUID-like id in prose', 'request 9a8b7c6d-0000-1111-2222-333344445555 failed', 'message'],
    ['words that end in a secret name', 'Monkey 12345678 ate; hotel: 1234567; bypass: enabled; spin: 5', 'message'],
    ['names of secrets with no value', 'Missing SessionToken header; The AccessKey provided does not exist', 'message'],
    [
      'codes with a number on the end',
      'InvalidParameter2024 for param MaxResults2 and ERR_TOKEN_EXPIRED_2024_01',
      'message',
    ],
    ['an encoded URL with nothing secret in it', 'callback=https%3A%2F%2Fx.example.com%2Fcb%3Fpage%3D2', 'message'],
    ['a number after a field that is no phone', 'order_number: 14155550123', 'message'],
  ])('leaves %s alone', (_label, input, field) => {
    const counts = emptyCounts();
    expect(maskSecrets(input, field, counts)).toBe(input);
    expect(counts).toEqual(emptyCounts());
  });

  it('counts what it masked, by kind', () => {
    const counts = emptyCounts();
    maskSecrets(
      'Bearer abcdef123456 jane@example.com +15555550100 4111111111111111 sk_live_abcdefgh password=x1 DE89370400440532013000',
      'message',
      counts,
    );
    expect(counts).toEqual({ token: 1, key: 1, secret: 1, email: 1, phone: 1, card: 1, account: 1 });
  });

  // No timed asserts: a quadratic pass over these takes minutes and trips the test timeout, a linear one milliseconds.
  it.each([
    ['spaces', ' '.repeat(200_000)],
    ['tabs', '\t'.repeat(200_000)],
    ['dashes', '-'.repeat(200_000)],
    ['a scheme before blanks', `Bearer${' '.repeat(200_000)}x`],
    ['a secret name before blanks', `password${' '.repeat(200_000)}=x`],
    ['a key prefix before dashes', `sk_live_${'-'.repeat(200_000)}`],
    ['dotted letters', 'a.'.repeat(100_000)],
    ['encoded at-signs', '%40a'.repeat(50_000)],
    ['digits and blanks', '1 '.repeat(100_000)],
    ['digits and dashes', '1-'.repeat(100_000)],
    ['pluses', '+1 '.repeat(70_000)],
    ['JWT starts', 'eyJ'.repeat(70_000)],
    ['PEM starts', '-----BEGIN '.repeat(20_000)],
    ['URL scheme marks', '://a'.repeat(50_000)],
    ['query names', '?sig'.repeat(50_000)],
    ['secret words before blanks', 'token '.repeat(35_000)],
    ['base64 runs', 'A'.repeat(200_000)],
    ['mixed runs', 'aB3_'.repeat(50_000)],
    ['IBAN-like groups', 'GB82 '.repeat(40_000)],
    ['Digest params', `Digest a=${'b'.repeat(200_000)}`],
    ['signature pairs', 'v1='.repeat(70_000)],
    ['trunk-0 digit groups', '0 '.repeat(100_000)],
    ['escaped quotes after a secret name', `token${'\\'.repeat(200_000)}":x`],
    ['short secret names', 'a_pass '.repeat(30_000)],
    ['closing brackets after a secret name', `cookie: ${')'.repeat(200_000)}`],
    ['compound secret names', 'aKey '.repeat(40_000)],
    ['percent escapes', '%3D'.repeat(70_000)],
    ['bracketed trunk codes', '(020) '.repeat(35_000)],
    ['short mixed runs', 'a1B2c3D4e5F6g7H8 '.repeat(12_000)],
  ])('finishes on 200,000 characters of %s', (_label, text) => {
    expect(maskSecrets(text, 'message').length).toBeGreaterThan(0);
  });
});
