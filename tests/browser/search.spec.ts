import { expect, test } from './test';
import { CASE_SETS, caseFailure, readCases } from '../support/search-cases';

for (const set of CASE_SETS) {
  test(`every ${set} query case ranks its pages in the browser, on /search/?q=`, async ({ page }) => {
    test.setTimeout(180_000);
    const cases = readCases(set);
    const failures: string[] = [];
    const links = page.getByRole('main').locator('ol > li a');
    // The first case arrives through the URL, as a shared link would; the rest are typed into the page's box.
    await page.goto(`/search/?q=${encodeURIComponent(cases[0].query)}`);
    for (const c of cases) {
      const box = page.getByLabel('Code, name, word or message');
      if ((await box.inputValue()) !== c.query) await box.fill(c.query);
      await expect(page.getByRole('status').filter({ hasText: `for “${c.query}”` })).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const failure = caseFailure(c, hrefs);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  });
}

test('typing with no delay between keys loses no character, and the URL follows the box', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByLabel('Code, name, word or message');
  for (const query of ['1007', 'webhook delivery', 'RATE_LIMIT_EXCEEDED', 'too many requests']) {
    await box.fill('');
    await box.focus();
    await page.keyboard.type(query);
    await expect(box).toHaveValue(query);
    await expect(page.getByRole('status')).toContainText(`for “${query}”`);
    await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: query })}`);
  }
  // A link to a query still fills the box, and going back brings the previous query back.
  await page.goto('/search/?q=saturated');
  await expect(box).toHaveValue('saturated');
  await page.goBack();
  await expect(box).toHaveValue('too many requests');
});

test('a result opened straight after typing leaves the query in the history, so Back returns to it', async ({
  page,
}) => {
  await page.goto('/search/');
  const box = page.getByLabel('Code, name, word or message');
  await box.focus();
  await page.keyboard.type('throttled');
  await expect(page.getByRole('status')).toContainText('for “throttled”');
  const first = page.getByRole('list', { name: 'Results, best first' }).getByRole('link').first();
  const target = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(target!);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=throttled');
  await expect(box).toHaveValue('throttled');
  await expect(page.getByRole('status')).toContainText('for “throttled”');
});

test('a query that finds nothing suggests the nearest codes and links the tables and the playground', async ({
  page,
}) => {
  await page.goto('/search/?q=2009');
  await expect(page.getByRole('status')).toHaveText('No results for “2009”');
  const nearest = page.getByRole('list', { name: 'Nearest terms in the index' }).getByRole('link');
  await expect(nearest).toHaveText(['2008', '2010', '2007']);
  await expect(page.getByRole('link', { name: 'Chert Messaging API error codes' })).toHaveAttribute(
    'href',
    '/chert/errors/',
  );
  await expect(page.getByRole('link', { name: /playground/ })).toHaveAttribute('href', '/playground/');
  await nearest.first().click();
  await expect(page.getByLabel('Code, name, word or message')).toHaveValue('2008');
  await expect(page.getByRole('main').locator('ol > li a').first()).toHaveAttribute('href', '/chert/errors/2008/');
});

test('a status no code is documented with finds nothing and offers the nearest documented statuses', async ({
  page,
}) => {
  await page.goto('/search/?q=HTTP%20413');
  await expect(page.getByRole('status')).toHaveText('No results for “HTTP 413”');
  const nearest = page.getByRole('list', { name: 'Nearest terms in the index' }).getByRole('link');
  await expect(nearest).toHaveText(['409', '404', '422']);
  await nearest.first().click();
  await expect(page).toHaveURL('/search/?q=409');
  const hrefs = page.getByRole('main').locator('ol > li a');
  await expect(hrefs.first()).toHaveAttribute(
    'href',
    /^\/(chert\/errors\/101[123]|huechat\/errors\/duplicate_contact)\/$/,
  );
});

test('a pasted status line lists the codes sent with that status first', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByLabel('Code, name, word or message');
  await box.focus();
  await page.keyboard.type('HTTP/1.1 502 Bad Gateway');
  await expect(page.getByRole('status')).toHaveText('2 results for “HTTP/1.1 502 Bad Gateway”');
  const hrefs = await page
    .getByRole('main')
    .locator('ol > li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(['/chert/errors/3004/', '/chert/errors/4001/']);
});

test('a status query lists its codes first and says how many results it shows', async ({ page }) => {
  await page.goto('/search/?q=HTTP%20503');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “HTTP 503”$/);
  const hrefs = await page
    .getByRole('main')
    .locator('ol > li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await expect(page.getByRole('status')).toHaveText(`${hrefs.length} results for “HTTP 503”`);
  expect(hrefs.slice(0, 5).sort()).toEqual([
    '/chert/errors/3002/',
    '/chert/errors/3003/',
    '/chert/errors/4002/',
    '/huechat/errors/service_unavailable/',
    '/inbox/errors/SERVICE_UNAVAILABLE/',
  ]);
});

test('a guide result opens the guide at its heading', async ({ page }) => {
  await page.goto('/search/?q=idempotency');
  const link = page.getByRole('main').locator('ol > li a', { hasText: 'Idempotency for retried POSTs' });
  await expect(link).toHaveAttribute('href', '/relay/retries/#idempotency-for-retried-posts');
  await link.click();
  await expect(page).toHaveURL(/\/relay\/retries\/#idempotency-for-retried-posts$/);
  await expect(page.locator('#idempotency-for-retried-posts')).toBeVisible();
});

test('results are an ordered list of links with API, status, retry badge and highlighted words', async ({ page }) => {
  await page.goto('/search/?q=rate%20limited');
  const first = page.getByRole('main').locator('ol > li').first();
  await expect(first.locator('a')).toHaveAttribute('href', /\/errors\//);
  await expect(first).toContainText('HTTP');
  await expect(first.locator('mark').first()).toBeVisible();
});

test('filters narrow results and live in the URL', async ({ page }) => {
  await page.goto('/search/?q=rate');
  await page.getByLabel('API', { exact: true }).selectOption('huechat');
  await expect(page).toHaveURL(/api=huechat/);
  // Results render after the index loads and the filter applies: wait until the list shows only HueChat codes.
  const links = page.getByRole('main').locator('ol > li a');
  await expect
    .poll(async () => {
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      return hrefs.length > 0 && hrefs.every((h) => h.startsWith('/huechat/'));
    })
    .toBe(true);
  await page.getByLabel('Retry').selectOption('no');
  await expect(page).toHaveURL(/retry=no/);
  await page.reload();
  await expect(page.getByLabel('API', { exact: true })).toHaveValue('huechat');
});

for (const url of ['/', '/chert/', '/chert/errors/', '/inbox/errors/NOT_FOUND/', '/compare/', '/playground/']) {
  test(`Ctrl+K focuses the header search on ${url}; arrows and Enter open a result`, async ({ page }) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search error codes' });
    await expect(box).toBeFocused();
    await page.keyboard.type('4098');
    // The list for the whole query, not one still showing for the first keys typed.
    await expect(page.getByRole('option').first()).toContainText('4098');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chert\/errors\/4098\/$/);
  });
}

test('the header search says how many results there are beyond those listed, and when there are none', async ({
  page,
}) => {
  await page.goto('/chert/errors/1007/');
  const box = page.getByRole('combobox', { name: 'Search error codes' });
  const note = page.getByRole('search', { name: 'Search error codes' }).locator('[aria-live="polite"]');
  await box.focus();
  await page.keyboard.type('4xx');
  await expect(page.getByRole('option')).toHaveCount(8);
  await expect(note).toHaveText(/^(\d+) results; press Enter to see all \1\.$/);
  await box.fill('');
  await page.keyboard.type('qwzx');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(note).toHaveText('No results. Press Enter for the nearest terms and other ways to find a code.');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=qwzx');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “qwzx”');
});

test('"/" focuses search, Escape closes the list, and typing in a text field is left alone', async ({ page }) => {
  await page.goto('/playground/');
  // The shortcut listener arrives with hydration.
  await page.waitForLoadState('networkidle');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search error codes' });
  await expect(box).toBeFocused();
  await page.keyboard.type('saturated');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  const area = page.getByLabel('Paste a failed response');
  await area.click();
  await page.keyboard.type('a/b');
  await page.keyboard.press('Control+k');
  await expect(area).toBeFocused();
  await expect(area).toHaveValue('a/b');
});

test('a reader of a code page downloads no search index until they search', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('/chert/errors/1007/');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => u.includes('search-index'))).toEqual([]);
  await page.getByRole('combobox', { name: 'Search error codes' }).fill('1007');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(urls.filter((u) => u.includes('search-index')).length).toBe(1);
});

test('the table filter narrows rows as you type', async ({ page }) => {
  await page.goto('/huechat/errors/');
  const rows = page.locator('[data-error-table] tbody tr');
  const visible = page.locator('[data-error-table] tbody tr:visible');
  await expect(rows).toHaveCount(17);
  await page.getByLabel('Filter this table').fill('rate limited');
  await expect(visible).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'matching' })).toHaveText('2 matching codes');
  await page.getByLabel('Filter this table').fill('');
  await expect(visible).toHaveCount(17);
});
