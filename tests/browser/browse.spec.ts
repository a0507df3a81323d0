import { expect, test } from './test';
import AxeBuilder from '@axe-core/playwright';

test('a reader walks home → overview → table → a code page and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('messaging API error');
  await page.getByRole('main').getByRole('link', { name: 'Chert Messaging API' }).click();
  await expect(page).toHaveURL(/\/chert\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Chert pages' })
    .getByRole('link', { name: /All error codes/ })
    .click();
  await expect(page).toHaveURL(/\/chert\/errors\/$/);
  const rows = page.locator('[data-error-table] tbody tr');
  await expect(rows).toHaveCount(38);

  await page.getByRole('link', { name: '1007', exact: true }).click();
  await expect(page).toHaveURL(/\/chert\/errors\/1007\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1007');
  const fact = (term: string) =>
    page
      .locator('dt')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  await expect(fact('HTTP status')).toHaveText(/^429/);
  await expect(fact('Retry')).toContainText('Retryable');

  await page.goBack();
  await expect(page).toHaveURL(/\/chert\/errors\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/chert\/$/);
});

test('loading a page fetches no other page in the background', async ({ page }) => {
  // Links are plain anchors: prefetching every linked route's payload and code slowed a phone's first seconds.
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  for (const url of ['/', '/chert/errors/', '/chert/errors/1001/']) {
    fetched.length = 0;
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    const others = fetched.filter((p) => p !== url && !p.startsWith('/_next/static/') && !/^\/icon\.svg/.test(p));
    expect(others, url).toEqual([]);
    expect(
      fetched.filter((p) => p.endsWith('.txt')),
      url,
    ).toEqual([]);
  }
});

test('searching, filtering, decoding and going back request no file the export leaves out', async ({ page }) => {
  // The postbuild drops Next's RSC payloads (index.txt, __next.*.txt): nothing may ask for them, or for anything missing.
  const asked: string[] = [];
  const missing: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  page.on('response', (r) => r.status() >= 400 && missing.push(`${r.status()} ${new URL(r.url()).pathname}`));
  await page.goto('/search/?q=rate');
  await expect(page.locator('ol li a').first()).toBeVisible();
  await page.getByLabel('Retry').selectOption('yes');
  await expect(page).toHaveURL(/retry=yes/);
  await page.locator('ol li a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=rate/);
  await page.goto('/playground/');
  await page
    .getByLabel('Paste a failed response')
    .fill('{"success":false,"error":{"status":429,"code":1007,"message":"Slow down"}}');
  await page.getByRole('link', { name: '1007' }).first().click();
  await expect(page).toHaveURL(/\/chert\/errors\/1007\/$/);
  await page.goBack();
  // Forward only once Back has landed: going forward mid-navigation can detach the page in Chromium.
  await expect(page).toHaveURL(/\/playground\/$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/chert\/errors\/1007\/$/);
  await page.waitForLoadState('networkidle');
  expect(asked.filter((p) => p.endsWith('.txt'))).toEqual([]);
  expect(missing).toEqual([]);
});

test('a per-code page shows the override note and its example', async ({ page }) => {
  await page.goto('/chert/errors/3003/');
  const fact = (term: string) =>
    page
      .locator('dt')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  await expect(fact('HTTP status')).toContainText('500 / 503');
  await expect(fact('Retry')).toContainText('Do not retry');
  // The route-level override is a fact row of its own, under the default.
  await expect(
    page
      .locator('dt', { hasText: /^Override \(/ })
      .first()
      .locator('xpath=following-sibling::dd[1]'),
  ).toContainText('retryable: false');
  await page.goto('/chert/errors/4098/');
  await expect(page.locator('pre').filter({ hasText: 'allowed_effects' }).first()).toBeVisible();
});

test('an unknown page gets the 404 page', async ({ page }) => {
  const response = await page.goto('/chert/errors/9999/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('pages work at phone width without horizontal scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const url of ['/', '/chert/', '/chert/errors/', '/chert/errors/1011/']) {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test.describe('readable with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the table and a code page render in full', async ({ page }) => {
    await page.goto('/chert/errors/');
    await expect(page.locator('[data-error-table] tbody tr')).toHaveCount(38);
    await page.goto('/chert/errors/1011/');
    await expect(page.getByText('attachment_index').first()).toBeVisible();
    // No tabs without JavaScript: every language's snippet shows, one after another.
    const panels = page.locator('[data-snippet-panel]');
    await expect(panels).toHaveCount(3);
    for (const panel of await panels.all()) {
      await expect(panel.locator('pre').first()).toBeVisible();
      await expect(panel.locator('details summary')).toContainText('Full runnable program');
    }
  });
  // Chromium's script-disabled emulation still parses <noscript> as raw text, so read the served HTML instead.
  test('search explains itself once and points to the tables', async ({ request }) => {
    // Drop inline scripts: Next repeats the markup in its RSC payload there.
    const html = (await (await request.get('/search/?q=1007')).text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    expect(html.match(/needs JavaScript/g)).toHaveLength(1);
    const help = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    for (const api of ['chert', 'chirp', 'huechat', 'inbox', 'relay']) expect(help).toContain(`href="/${api}/errors/"`);
  });
});

const AXE_PAGES = [
  '/',
  '/chert/',
  '/chert/envelope/',
  '/chert/errors/',
  '/chert/errors/1007/',
  '/chert/errors/4098/',
  '/chirp/errors/account_restricted/',
  '/huechat/rate-limits/',
  '/inbox/errors/',
  '/relay/errors/VALIDATION_ERROR/',
  '/compare/',
  '/search/?q=rate%20limit',
  '/playground/',
  '/add-your-api/',
];
for (const url of AXE_PAGES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${url} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      if (url.startsWith('/search/')) await expect(page.getByRole('main').locator('ol > li').first()).toBeVisible();
      if (url === '/playground/') {
        await page.getByText('Samples to try').click();
        await page.getByRole('button', { name: 'Chert: 4098' }).click();
        await expect(page.getByTestId('decoded')).toBeVisible();
        await expect(page.getByTestId('share-preview')).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
    });
  }
}
