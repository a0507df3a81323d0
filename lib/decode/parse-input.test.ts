// Splitting pastes into status, headers and body: the forms people actually copy from terminals and devtools.
import { describe, expect, it } from 'vitest';
import { header, parseHead } from './parse-input';

const body = '{"code":"NOT_FOUND","message":"x"}';

describe('parseHead', () => {
  it('reads a curl -i response with CRLF line ends', () => {
    const text = `HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nX-Request-ID: r1\r\n\r\n${body}`;
    const head = parseHead(text);
    expect(head).toMatchObject({ status: 429, reasonPhrase: 'Too Many Requests' });
    expect(header(head, 'retry-after')).toBe('7');
    expect(header(head, 'x-request-id')).toBe('r1');
    expect(text.slice(head.bodyStart)).toBe(body);
  });

  it('takes the last response of a redirect chain, and its headers only', () => {
    const head = parseHead(
      `HTTP/1.1 302 Found\nLocation: /b\nX-Trace-ID: first\n\nHTTP/2 404\nx-trace-id: second\n\n${body}`,
    );
    expect(head.status).toBe(404);
    expect(header(head, 'X-Trace-ID')).toBe('second');
    expect(head.headers).toHaveLength(1);
  });

  it('ends the headers at the body when the blank line is missing, and skips HTTP/2 pseudo-headers', () => {
    const text = `HTTP/2 404\n:status: 404\ncontent-type: application/json\n${body}`;
    const head = parseHead(text);
    expect(head.headers).toEqual([['content-type', 'application/json']]);
    expect(text.slice(head.bodyStart)).toBe(body);
  });

  it('reads a bare header block copied from devtools, without a status line', () => {
    const text = `retry-after: 30\nx-trace-id: abc\n\n${body}`;
    const head = parseHead(text);
    expect(head.status).toBeNull();
    expect(header(head, 'Retry-After')).toBe('30');
    expect(text.slice(head.bodyStart)).toBe(body);
  });

  it('ignores an HTTP/… line inside a body that has already begun', () => {
    const text = `HTTP/1.1 400 Bad Request\n\n{\n"message":\n"x"}\nHTTP/1.1 200 OK\n`;
    expect(parseHead(text).status).toBe(400);
  });

  it('leaves a bare body alone', () => {
    expect(parseHead(body)).toEqual({ status: null, reasonPhrase: null, headers: [], bodyStart: 0 });
  });
});
