// Every request a page makes, so the playground and session tests can prove pasted text never leaves the page.
import { expect, type Page, type Request } from './test';

export function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}

/** No recorded request carries any of `secrets`, as such or URL-encoded, in its URL, body or headers. */
export function expectNoLeak(requests: Request[], secrets: string[]) {
  for (const r of requests) {
    const carried = `${r.url()}\n${r.postData() ?? ''}\n${JSON.stringify(r.headers())}`;
    for (const s of secrets) expect(carried, `request ${r.method()} ${r.url()}`).not.toContain(s);
    for (const s of secrets) expect(carried).not.toContain(encodeURIComponent(s));
  }
}
