// Share links of pastes a new user might make, secrets of kinds the seeded property test does not generate: JWTs in
// body fields, cookies and URL fragments, cloud keys and SAS signatures, vendor tokens, PEM blocks, Set-Cookie with
// attributes, CSRF tokens, webhook signatures, presigned URLs, phone numbers, cards and IBANs, JSON inside JSON, HTML,
// XML, JSON lines, URL-encoded and base64-wrapped credentials. For each, by hand: what must not be in the link, and
// what must be (the trace id, the code); and the link must decode like the paste.
import { describe, expect, it } from 'vitest';
import { getCatalogs } from '@/lib/catalog';
import { buildDecoderTable, decodeResponse } from '@/lib/decode';
import { shareFacts } from '@/tests/support/decode-facts';
import { decodeShare, encodeShare } from '@/lib/playground/share';
import { safeShareText, shareRules } from './share-safe';

type Paste = { name: string; text: string; secrets: string[]; keep?: string[] };

const table = buildDecoderTable(getCatalogs());
const now = new Date('2026-01-25T10:30:00Z');

const J = (o: unknown) => JSON.stringify(o);
const jwt =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.eyJzdWIiOiJ1XzQyIiwiZW1haWwiOiJhQGIuY28ifQ.Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA';
const cases: Paste[] = [
  {
    name: 'jwt in body field id_token',
    text:
      'HTTP/1.1 401 Unauthorized\nX-Request-Id: req-a1\n\n' +
      J({ ok: false, code: 2004, message: 'Invalid auth', retryable: false, trace_id: 'sf-77', id_token: jwt }),
    secrets: [jwt.slice(0, 40)],
    keep: ['sf-77'],
  },
  {
    name: 'jwt in message',
    text:
      'HTTP/1.1 401 Unauthorized\n\n' +
      J({ ok: false, code: 2004, message: `token ${jwt} rejected`, retryable: false, trace_id: 'sf-78' }),
    secrets: ['Zm9vYmFyYmF6'],
    keep: ['sf-78'],
  },
  {
    name: 'jwt in cookie header',
    text: `HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nCookie: auth=${jwt}; theme=dark\nX-Trace-ID: tr-9\n\n{"success":false,"error":{"status":429,"code":1007,"message":"Rate limited","retryable":true,"retry_after":30},"trace_id":"tr-9"}`,
    secrets: ['Zm9vYmFy', 'theme=dark'],
    keep: ['tr-9'],
  },
  {
    name: 'jwt in URL fragment in message',
    text: `{"code": "NOT_FOUND", "message": "Redirect https://app.example.com/cb#access_token=${jwt}&state=xyz failed", "request_id": "r-1"}`,
    secrets: ['Zm9vYmFy', 'eyJhbGci'],
  },
  {
    name: 'fragment token opaque',
    text: `{"code": "NOT_FOUND", "message": "Redirect https://app.example.com/cb#access_token=ya1opaque9988ZZ&expires_in=3600 failed", "request_id": "r-1"}`,
    secrets: ['ya1opaque9988ZZ'],
  },
  {
    name: 'oauth refresh token in message',
    text: '{"error":"invalid_grant","error_description":"Refresh token 1//0gLx7Xk2Fq9ZCgYIARAAGBASNwF-L9IrQ3 expired"}',
    secrets: ['1//0gLx7Xk2Fq9ZCgYIARAAGBASNwF-L9IrQ3'],
  },
  {
    name: 'google refresh token bare',
    text: '{"error":"invalid_grant","error_description":"Bad Request: 1//0gLx7Xk2Fq9ZCgYIARAAGBASNwF-L9IrQ3abcdef"}',
    secrets: ['0gLx7Xk2Fq9ZCgYIARAAGBASNwF'],
  },
  {
    name: 'basic auth in url in message',
    text: '{"code":"VALIDATION_ERROR","message":"Webhook https://bob:Tr0ub4dor%263@hooks.example.net/in returned 500","request_id":"q-5"}',
    secrets: ['Tr0ub4dor'],
    keep: ['q-5'],
  },
  {
    name: 'basic auth header echoed in message',
    text: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="api"\n\n{"ok": false, "code": 2004, "message": "Authorization: Basic Ym9iOnMzY3JldA== not accepted", "retryable": false, "trace_id": "sf-2004"}',
    secrets: ['Ym9iOnMzY3JldA'],
  },
  {
    name: 'aws creds in message',
    text: '{"code":"VALIDATION_ERROR","message":"AccessKeyId ASIAY34FZKBOKMUTVV7A with SecretAccessKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY and SessionToken FwoGZXIvYXdzEBYaDHqa0AP1jj9Lpv8xoSLAAcwR5sVvT1ZpY2FOQ8y5Ibj0F","request_id":"aws-1"}',
    secrets: ['ASIAY34FZKBOKMUTVV7A', 'wJalrXUtnFEMI', 'FwoGZXIvYXdzEBYaDHqa0AP1jj9Lpv8xoSLAAcwR5sVvT1ZpY2FOQ8y5Ibj0F'],
  },
  {
    name: 'gcp service account json in message',
    text: '{"code":"VALIDATION_ERROR","message":"credentials {\\"type\\":\\"service_account\\",\\"private_key_id\\":\\"a1b2c3d4e5f60718293a4b5c6d7e8f9012345678\\",\\"private_key\\":\\"-----BEGIN PRIVATE KEY-----\\\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\\\n-----END PRIVATE KEY-----\\\\n\\",\\"client_email\\":\\"svc@proj-123.iam.gserviceaccount.com\\"} invalid","request_id":"g-1"}',
    secrets: ['a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'svc@proj'],
  },
  {
    name: 'azure SAS in message',
    text: '{"code":"NOT_FOUND","message":"GET https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=Xk9%2Bq3L0aZ%2FyP8mNw4vR2tE6uI1oHbCdFgJkLmNoPqR%3D failed","request_id":"az-1"}',
    secrets: ['Xk9%2Bq3L0aZ'],
  },
  {
    name: 'azure storage connection string',
    text: '{"code":"VALIDATION_ERROR","message":"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net","request_id":"az-2"}',
    secrets: ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq'],
  },
  {
    name: 'Azure Ocp-Apim-Subscription-Key header + x-ms-request-id',
    text: 'HTTP/1.1 404 Not Found\nOcp-Apim-Subscription-Key: 0123456789abcdef0123456789abcdef\nx-ms-request-id: 9a8b7c6d-0000-1111-2222-333344445555\nx-ms-error-code: BlobNotFound\n\n',
    secrets: ['0123456789abcdef0123456789abcdef'],
    keep: ['9a8b7c6d-0000-1111-2222-333344445555', 'BlobNotFound'],
  },
  {
    name: 'slack tokens',
    text: '{"ok":false,"error":"invalid_auth","warning":"token xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAtYWJj used","response_metadata":{"messages":["xapp-1-A0123456789-1234567890123-abcdef0123456789"]}}',
    secrets: ['Mi0yLTEyMzQ1Njc4OTAtYWJj', 'xapp-1-A0123'],
  },
  {
    name: 'slack ok false with token in message field',
    text: '{"ok":false,"error":"token_revoked","detail":"xoxe-1-My0xLTQ4NjY0NjQ4MDA0NTEtNDg2NjQ2NDgwMDQ1MS0"}',
    secrets: ['xoxe-1-My0xLTQ4'],
  },
  {
    name: 'github tokens',
    text: 'HTTP/1.1 403 Forbidden\nX-GitHub-Request-Id: CA12:3B4C:5D6E7F:8091A2:65B2C3D4\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1769337060\n\n{"message":"Bad credentials for ghs_16C7e42F292c6912E7710c838347Ae178B4a and gho_16C7e42F292c6912E7710c838347Ae178B4a","documentation_url":"https://docs.github.com/rest"}',
    secrets: ['16C7e42F292c6912E7710c838347Ae178B4a'],
    keep: ['CA12:3B4C:5D6E7F:8091A2:65B2C3D4'],
  },
  {
    name: 'gitlab tokens',
    text: '{"message":"401 Unauthorized: glrt-abcdefghij0123456789 / gldt-XyZ0123456789abcdefg / glptt-0123456789abcdef0123456789abcdef01234567"}',
    secrets: ['glrt-abcdefghij0123456789', 'gldt-XyZ0123456789abcdefg', 'glptt-0123456789abcdef'],
  },
  {
    name: 'twilio sid+auth token',
    text: '{"code": 20003, "message": "Authenticate: AC0123456789abcdef0123456789abcdef:9f8e7d6c5b4a39281706f5e4d3c2b1a0 rejected", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}',
    secrets: ['0123456789abcdef0123456789abcdef', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
  },
  {
    name: 'twilio signature header',
    text: 'HTTP/1.1 400 BAD REQUEST\nX-Twilio-Signature: 0/KCTR6DLpKmkAf8muzZqo1nDgQ=\nTwilio-Request-Id: RQ0123456789abcdef0123456789abcdef\n\n{"code": 21211, "message": "The \'To\' number +44 7700 900123 is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}',
    secrets: ['0/KCTR6DLpKmkAf8muzZqo1nDgQ=', '7700 900123'],
    keep: ['RQ0123456789abcdef0123456789abcdef'],
  },
  {
    name: 'sendgrid in message',
    text: '{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked: 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","field":null,"help":null}]}',
    secrets: ['ngeVfQFYQlKU0ufo8x5d1A'],
  },
  {
    name: 'stripe signature header and webhook secret',
    text: 'HTTP/1.1 400 Bad Request\nStripe-Signature: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd,v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39\nRequest-Id: req_Ab12Cd34Ef56\n\n{"error":{"type":"invalid_request_error","message":"No signatures found matching the expected signature for payload; secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}}',
    secrets: ['5257a869e7ecebeda', '6ffbb59b2300aae', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    keep: ['req_Ab12Cd34Ef56'],
  },
  {
    name: 'x-hub-signature-256 in message',
    text: '{"code":"VALIDATION_ERROR","message":"X-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17 does not match","request_id":"h-1"}',
    secrets: ['757107ea0eb2509fc'],
  },
  {
    name: 'openai style keys',
    text: 'HTTP/1.1 401 Unauthorized\nx-request-id: req_9f8e7d6c5b4a\n\n{"error":{"message":"Incorrect API key provided: sk-svcacct-AbCdEf0123456789GhIjKlMnOp. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
    secrets: ['AbCdEf0123456789GhIjKlMnOp'],
    keep: ['req_9f8e7d6c5b4a'],
  },
  {
    name: 'openai masked style key in message',
    text: '{"error":{"message":"Incorrect API key provided: sk-abc12*********************wxyz.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
    secrets: ['sk-abc12'],
  },
  {
    name: 'anthropic key',
    text: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-AbCdEfAA"}}',
    secrets: ['AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
  },
  {
    name: 'pem EC key in message and cert',
    text: '{"code":"VALIDATION_ERROR","message":"bad key: -----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOOJ8LhTfS4ToAoGCCqGSM49\\n-----END EC PRIVATE KEY-----","request_id":"pem-1"}',
    secrets: ['MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOOJ8LhTfS4ToAoGCCqGSM49'],
    keep: ['pem-1'],
  },
  {
    name: 'openssh private key',
    text: '{"code":"VALIDATION_ERROR","message":"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\\n-----END OPENSSH PRIVATE KEY-----","request_id":"pem-2"}',
    secrets: ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ'],
  },
  {
    name: 'PGP private key block',
    text: '{"code":"VALIDATION_ERROR","message":"-----BEGIN PGP PRIVATE KEY BLOCK-----\\n\\nlQOYBF0mZ2sBCADhZ3h9\\n-----END PGP PRIVATE KEY BLOCK-----","request_id":"pem-3"}',
    secrets: ['lQOYBF0mZ2sBCADhZ3h9'],
  },
  {
    name: 'set-cookie many attributes',
    text: 'HTTP/1.1 503 Service Unavailable\nRetry-After: 120\nSet-Cookie: __Host-sess=9f8e7d6c5b4a; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=3600\nSet-Cookie: XSRF-TOKEN=abc123xyz; Path=/; Domain=.example.com; Expires=Wed, 21 Oct 2026 07:28:00 GMT\nX-Request-Id: 5f0e-11aa\n\n{"message":"maintenance"}',
    secrets: ['9f8e7d6c5b4a', 'abc123xyz', 'example.com'],
    keep: ['5f0e-11aa'],
  },
  {
    name: 'csrf tokens',
    text: 'HTTP/1.1 403 Forbidden\nX-CSRF-Token: Fa3kT0k3nV4lu3xyz\nX-XSRF-TOKEN: eyJpdiI6IkZ2\n\n{"code":"INSUFFICIENT_PERMISSIONS","message":"CSRF token mismatch: expected Fa3kT0k3nV4lu3xyz got csrfmiddlewaretoken=Qm9v4Zx"}',
    secrets: ['Fa3kT0k3nV4lu3xyz', 'Qm9v4Zx', 'eyJpdiI6IkZ2'],
  },
  {
    name: 'presigned s3 url in message',
    text: '{"code":"NOT_FOUND","message":"https://bucket.s3.amazonaws.com/a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260125%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260125T103000Z&X-Amz-Expires=3600&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQ&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404 expired","request_id":"s3-1"}',
    secrets: ['AKIAIOSFODNN7EXAMPLE', 'IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQ', 'aeeed9bbccd4d02e'],
  },
  {
    name: 'gcs signed url',
    text: '{"code":"NOT_FOUND","message":"https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=svc%40proj.iam.gserviceaccount.com%2F20260125%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Signature=0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d","request_id":"gcs-1"}',
    secrets: ['svc%40proj', '0a1b2c3d4e5f607182'],
  },
  {
    name: 'emails various',
    text: '{"code":"VALIDATION_ERROR","message":"mailto:Jane.O\'Brien@mail.example.ie, <first.last@sub.example.museum>, user+tag@xn--bcher-kva.example","request_id":"e-1"}',
    secrets: ['Brien@mail', 'first.last@', 'user+tag@'],
  },
  {
    name: 'emails in names fields json',
    text: '{"code":"VALIDATION_ERROR","message":"bad","request_id":"e-2","details":{"field":"email","value":"ana.silva@empresa.com.br","name":"Ana Silva","user":{"first_name":"Ana","last_name":"Silva"}}}',
    secrets: ['ana.silva', 'Ana Silva', '"Silva"'],
  },
  {
    name: 'international phones in message',
    text: '{"code":"VALIDATION_ERROR","message":"Numbers +49 30 901820, +33 1 42 68 53 00, +81-3-1234-5678, +91 98765 43210, 0049 30 12345678 and (020) 7946 0958 rejected","request_id":"p-1"}',
    secrets: ['901820', '42 68 53 00', '1234-5678', '98765 43210', '30 12345678', '7946 0958'],
  },
  {
    name: 'phone bare in fields',
    text: '{"code":"VALIDATION_ERROR","message":"bad","request_id":"p-2","details":{"phone_e164":"4915112345678","customer_phone":"447700900123","sms_to":"15551234567"}}',
    secrets: ['4915112345678', '447700900123', '15551234567'],
  },
  {
    name: 'phone in message with colon',
    text: '{"code":"VALIDATION_ERROR","message":"Invalid destination_number: 4915112345678; also customer_phone=447700900123","request_id":"p-3"}',
    secrets: ['4915112345678', '447700900123'],
  },
  {
    name: 'cards dashes spaces',
    text: '{"code":"VALIDATION_ERROR","message":"cards 4242-4242-4242-4242, 3782 822463 10005, 5105 1051 0510 5100 and 6011 0009 9013 9424 declined","request_id":"c-1"}',
    secrets: ['4242-4242', '822463', '5105 1051', '6011 0009'],
  },
  {
    name: 'ibans',
    text: '{"code":"VALIDATION_ERROR","message":"IBAN NL91ABNA0417164300 and ES91 2100 0418 4502 0005 1332 and CH9300762011623852957 invalid","request_id":"i-1"}',
    secrets: ['NL91ABNA0417164300', '2100 0418 4502', 'CH9300762011623852957'],
  },
  {
    name: 'ip addresses',
    text: '{"code":"VALIDATION_ERROR","message":"blocked client 198.51.100.23 and 2001:db8:85a3::8a2e:370:7334","request_id":"ip-1"}',
    secrets: [],
  },
  {
    name: 'nested json string secrets',
    text: '{"code":"VALIDATION_ERROR","message":"upstream said {\\"error\\":\\"unauthorized\\",\\"access_token\\":\\"at_9Zq8Yx7Wv6\\",\\"user\\":{\\"email\\":\\"zed@example.org\\",\\"phone\\":\\"+4915112345678\\"}}","request_id":"n-1"}',
    secrets: ['at_9Zq8Yx7Wv6', 'zed@example', '4915112345678'],
  },
  {
    name: 'double nested json',
    text: '{"code":"VALIDATION_ERROR","message":"{\\"body\\":\\"{\\\\\\"refresh_token\\\\\\":\\\\\\"rt_Q1w2E3r4T5\\\\\\"}\\"}","request_id":"n-2"}',
    secrets: ['rt_Q1w2E3r4T5'],
  },
  {
    name: 'html page with secrets',
    text: 'HTTP/1.1 502 Bad Gateway\nServer: cloudflare\nCF-RAY: 8c1d2e3f4a5b6c7d-AMS\n\n<!DOCTYPE html><html><head><title>example.com | 502: Bad gateway</title><meta name="csrf-token" content="Zz9YyXx8WwVv7"></head><body><h1>Bad gateway</h1><p>user: alice@example.com</p><input type="hidden" name="_token" value="LaraV3lT0ken123"><p>Cloudflare Ray ID: <strong>8c1d2e3f4a5b6c7d</strong></p></body></html>',
    secrets: ['Zz9YyXx8WwVv7', 'alice@', 'LaraV3lT0ken123'],
    keep: ['8c1d2e3f4a5b6c7d'],
  },
  {
    name: 'html title with email',
    text: 'HTTP/1.1 403 Forbidden\n\n<html><head><title>Access denied for bob@example.com</title></head><body><h1>403 Forbidden token=abcd1234efgh</h1></body></html>',
    secrets: ['bob@example.com', 'abcd1234efgh'],
  },
  {
    name: 'xml body with secrets',
    text: 'HTTP/1.1 403 Forbidden\nx-amz-request-id: 7A8B9C0D1E2F\nContent-Type: application/xml\n\n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>AKIAI44QH8DHBEXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256 20260125T103000Z</StringToSign><SignatureProvided>c0ffee0123456789</SignatureProvided><RequestId>7A8B9C0D1E2F</RequestId></Error>',
    secrets: ['AKIAI44QH8DHBEXAMPLE', 'c0ffee0123456789'],
    keep: ['7A8B9C0D1E2F', 'SignatureDoesNotMatch'],
  },
  {
    name: 'xml message with secret',
    text: 'HTTP/1.1 400 Bad Request\nContent-Type: application/xml\n\n<Error><Code>InvalidArgument</Code><Message>Invalid header x-api-key: 9a8b7c6d5e4f3a2b1c0d and email carol@example.net</Message><RequestId>RQ-55</RequestId></Error>',
    secrets: ['9a8b7c6d5e4f3a2b1c0d', 'carol@'],
    keep: ['RQ-55'],
  },
  {
    name: 'json lines log',
    text: '{"ts":"2026-01-25T10:30:00Z","level":"error","user":"dave@example.com","auth":"Bearer abcDEF123456789","resp":{"code":"RATE_LIMITED","message":"Too many"}}\n{"ts":"2026-01-25T10:30:01Z","level":"error","session":"s_9Q8W7E6R5T"}',
    secrets: ['dave@', 'abcDEF123456789', 's_9Q8W7E6R5T'],
  },
  {
    name: 'url-encoded token in message',
    text: '{"code":"VALIDATION_ERROR","message":"callback=https%3A%2F%2Fx.example.com%2Fcb%3Faccess_token%3DAT_zz9988yy%26email%3Dmo%2540example.com","request_id":"u-1"}',
    secrets: ['AT_zz9988yy', 'mo%2540example'],
  },
  {
    name: 'base64-wrapped basic creds',
    text: '{"code":"VALIDATION_ERROR","message":"header was Authorization=Basic%20YWxpY2U6cDRzc3cwcmQ%3D","request_id":"b-1"}',
    secrets: ['YWxpY2U6cDRzc3cwcmQ'],
  },
  {
    name: 'base64 json blob with secret',
    text: '{"code":"VALIDATION_ERROR","message":"state eyJ0b2tlbiI6InNlY3JldC12YWx1ZS0xMjMifQ== invalid","request_id":"b-2"}',
    secrets: ['eyJ0b2tlbiI6InNlY3JldC12YWx1ZS0xMjMifQ'],
  },
  {
    name: 'api key header variants',
    text: 'HTTP/1.1 401 Unauthorized\nX-API-Key: live_9f8e7d6c5b\napikey: abcd-efgh-1234\nProxy-Authorization: Basic Zm9vOmJhcg==\nX-Amz-Security-Token: FQoGZXIvYXdzEJr\nX-Request-Id: keep-me-1\n\n{"ok": false, "code": 2004, "message": "Invalid auth", "retryable": false, "trace_id": "sf-2004"}',
    secrets: ['live_9f8e7d6c5b', 'abcd-efgh-1234', 'Zm9vOmJhcg', 'FQoGZXIvYXdzEJr'],
    keep: ['keep-me-1', 'sf-2004'],
  },
  {
    name: 'huechat 429 with secrets everywhere',
    text: 'HTTP/1.1 429 Too Many Requests\nRetry-After: 45\nX-RateLimit-Limit: 100\nX-RateLimit-Remaining: 0\nAuthorization: Bearer hc_live_abcdef123456\n\n{"error":"rate_limited","message":"Rate limit exceeded for key hc_live_abcdef123456 (owner eve@example.com)","code":429,"details":{"limit":100,"retry_after":45,"api_key":"hc_live_abcdef123456"}}',
    secrets: ['hc_live_abcdef123456', 'eve@'],
  },
  {
    name: 'chirp provider with phone',
    text: 'HTTP/1.1 424 Failed Dependency\n\n{"error":{"type":"provider_error","code":"conversation_window_expired","message":"More than 24 hours since +5511987654321 replied.","provider":{"source":"meta","code":131047,"message":"Re-engagement message to 5511987654321","fbtrace_id":"AbCdEf_123-xyz","error_data":{"details":"wa_id 5511987654321"}}}}',
    secrets: ['5511987654321'],
    keep: ['AbCdEf_123-xyz'],
  },
  {
    name: 'trace id that looks random stays',
    text: 'HTTP/1.1 503 Service Unavailable\nRetry-After: 10\nX-Request-Id: Zk8Qw2Lm9Xp4Rt7Vb1Nc5Hy3Jf6Gd0Sa\n\n{"message":"upstream busy, session ABCdef1234567890xyzQWE"}',
    secrets: ['ABCdef1234567890xyzQWE'],
    keep: ['Zk8Qw2Lm9Xp4Rt7Vb1Nc5Hy3Jf6Gd0Sa'],
  },
  {
    name: 'relay with headers cookie bearer',
    text: 'HTTP/2 400\nx-request-id: 0c9d8e7f-1111-2222-3333-444455556666\ncookie: _ga=GA1.2.1234567890.1700000000; connect.sid=s%3Aabc.def\n\n{ "code": "VALIDATION_ERROR", "message": "to must be E.164, got 07911 123456 for user frank@example.co.uk", "request_id": "0c9d8e7f-1111-2222-3333-444455556666", "details": { "field": "to", "value": "07911123456" }}',
    secrets: ['GA1.2', 's%3Aabc', '07911 123456', 'frank@', '07911123456'],
    keep: ['0c9d8e7f-1111-2222-3333-444455556666'],
  },
  {
    name: 'curl -v with auth',
    text: '> POST /v1/messages HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer tok_live_9988776655\n> Cookie: sid=cookie12345\n>\n< HTTP/1.1 429 Too Many Requests\n< Retry-After: 20\n< X-Trace-ID: t-curl-1\n<\n{"success":false,"error":{"status":429,"code":1007,"message":"Rate limited","retryable":true,"retry_after":20},"trace_id":"t-curl-1"}',
    secrets: ['tok_live_9988776655', 'cookie12345'],
    keep: ['t-curl-1'],
  },
  {
    name: 'password in message colon',
    text: '{"code":"VALIDATION_ERROR","message":"login failed (user=gina pass: Sup3r$ecret!)","request_id":"pw-1"}',
    secrets: ['Sup3r$ecret'],
  },
  {
    name: 'private ip + mac',
    text: '{"code":"VALIDATION_ERROR","message":"from 10.0.0.12","request_id":"ip-2"}',
    secrets: [],
  },
  {
    name: 'hub sig sha1 header + body',
    text: 'HTTP/1.1 400 Bad Request\nX-Hub-Signature: sha1=7d38cdd689735b008b3c702edd92eea23791c5f6\nX-GitHub-Delivery: 72d3162e-cc78-11e3-81ab-4c9367dc0958\n\n{"message":"signature sha1=7d38cdd689735b008b3c702edd92eea23791c5f6 mismatch","documentation_url":"https://docs.github.com/webhooks"}',
    secrets: ['7d38cdd689735b008b3c702edd92eea23791c5f6'],
  },
  {
    name: 'mailgun basic in url',
    text: '{"message":"Forbidden: https://api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0@api.mailgun.net/v3/x failed","code":"INSUFFICIENT_PERMISSIONS"}',
    secrets: ['3ax6xnjp29jd6fds4gc373sgvjxteol0'],
  },
  {
    name: 'auth token scheme',
    text: '{"code":"INSUFFICIENT_PERMISSIONS","message":"Authorization: token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 lacks scope"}',
    secrets: ['aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'],
  },
  {
    name: 'jwt in location query',
    text: 'HTTP/1.1 503 Service Unavailable\nRetry-After: 5\nLocation: https://app.example.com/sso?SAMLResponse=PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM&RelayState=abc\nX-Request-Id: loc-1\n\n{"message":"busy"}',
    secrets: ['PHNhbWxwOlJlc3BvbnNl'],
    keep: ['loc-1'],
  },
  {
    name: 'samlresponse in message',
    text: '{"code":"VALIDATION_ERROR","message":"SAMLResponse=PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM6bmFtZXM6dGM6U0FNTDoyLjA6cHJvdG9jb2wi invalid","request_id":"saml-1"}',
    secrets: ['PHNhbWxwOlJlc3BvbnNl'],
  },
  {
    name: 'secure cookie names in message',
    text: '{"code":"VALIDATION_ERROR","message":"got __Secure-next-auth.session-token=abc.def.ghi123 and _session_id=77aa88bb99","request_id":"ck-1"}',
    secrets: ['abc.def.ghi123', '77aa88bb99'],
  },
  {
    name: 'phone with ext and dots intl',
    text: '{"code":"VALIDATION_ERROR","message":"call +1.415.555.0199 or +44 (0)20 7946 0958","request_id":"ph-9"}',
    secrets: ['415.555.0199', '7946 0958'],
  },
  {
    name: 'email with subaddress uppercase',
    text: '{"code":"VALIDATION_ERROR","message":"JOHN.SMITH+billing@EXAMPLE.CO.UK bounced","request_id":"em-9"}',
    secrets: ['JOHN.SMITH'],
  },
  {
    name: 'card amex dashes',
    text: '{"code":"VALIDATION_ERROR","message":"card 3714-496353-98431 expired","request_id":"cd-9"}',
    secrets: ['496353'],
  },
  {
    name: 'oauth code in redirect',
    text: '{"error":"invalid_grant","error_description":"code 4/0AX4XfWh7gkLm9Q-abcdEFGH used twice"}',
    secrets: ['0AX4XfWh7gkLm9Q'],
  },
  {
    name: 'private key json field in message',
    text: '{"code":"VALIDATION_ERROR","message":"private_key: MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF","request_id":"pk-9"}',
    secrets: ['MC4CAQAwBQYDK2VwBCIEIJ'],
  },
  {
    name: 'stripe sig header lowercase with spaces',
    text: 'HTTP/1.1 400 Bad Request\nstripe-signature: t=1492774577, v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd\n\n{"error":{"type":"invalid_request_error","message":"Stripe-Signature t=1492774577, v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd invalid"}}',
    secrets: ['5257a869e7ecebeda'],
  },
];

describe('share links of new pastes full of secrets', () => {
  it.each(cases)('$name', ({ text, secrets, keep }) => {
    const decoded = decodeResponse(text, table, { now });
    // The link as the playground builds it, and the text a reader of it gets back.
    const link = encodeShare(safeShareText(text, shareRules(table, decoded)).text);
    const opened = decodeShare(link);
    expect(opened).not.toBeNull();
    for (const secret of secrets) expect(opened, secret).not.toContain(secret);
    for (const kept of keep ?? []) expect(opened, kept).toContain(kept);
    expect(shareFacts(decodeResponse(opened!, table, { now }))).toEqual(shareFacts(decoded));
  });
});
