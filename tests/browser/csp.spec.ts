import { expect, test, type Page } from './test';

// Every kind of page, each loaded under its own Content-Security-Policy meta tag.
const PAGES = [
  '/',
  '/chert/',
  '/chert/envelope/',
  '/chert/errors/',
  '/chert/errors/1007/',
  '/compare/',
  '/add-your-api/',
  '/search/?q=rate%20limit',
  '/playground/',
  '/no-such-page/',
];

/** Collects CSP violations as the page reports them (events) and as Chromium logs them (console). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) logged.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

for (const url of PAGES) {
  test(`${url} loads under its policy with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Hydration ran: React attached its handlers (the inline RSC payload was allowed to run).
    await expect
      .poll(() => page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f)))
      .toBe(true);
    if (url.startsWith('/search/')) await expect(page.getByRole('main').locator('ol > li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('the playground decodes in its worker and builds a share link with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(
    JSON.stringify({
      success: false,
      error: { status: 429, code: 1007, message: 'Too many', retryable: true, retry_after: 5 },
      trace_id: 'csp-1',
    }),
  );
  await expect(page.getByTestId('decoded')).toContainText('Retry after 5 s');
  await expect(page.getByTestId('share-preview')).toContainText('csp-1');
  await page.getByText('Samples to try').click();
  await page.getByRole('button', { name: 'Chert: 4098' }).click();
  await expect(page.getByRole('heading', { name: 'Handle it in code' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('an injected inline script and an inline handler are blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/playground/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.body.append(script);
    const box = document.createElement('div');
    box.innerHTML = '<img src="/icon.svg" onload="window.__handler = 1">';
    document.body.append(box);
  });
  await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __handler?: number }).__handler)).toBeUndefined();
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});
