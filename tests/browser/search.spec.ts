import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

type Case = { query: string; expect: string; top: number };
const cases: Case[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests', 'search-cases.json'), 'utf8'));

test('every written query case ranks its page in the browser, on /search/?q=', async ({ page }) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  const links = page.getByRole('main').locator('ol > li a');
  // The first case arrives through the URL, as a shared link would; the rest are typed into the page's box.
  await page.goto(`/search/?q=${encodeURIComponent(cases[0].query)}`);
  for (const c of cases) {
    const box = page.getByLabel('Code, name, word or message');
    if ((await box.inputValue()) !== c.query) await box.fill(c.query);
    await expect(page.getByRole('status').filter({ hasText: `for “${c.query}”` })).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const rank = hrefs.indexOf(c.expect) + 1;
    if (rank === 0 || rank > c.top) failures.push(`${JSON.stringify(c.query)} → ${c.expect} at rank ${rank || 'none'} (needs ≤ ${c.top}); got ${hrefs.slice(0, 3).join(', ')}`);
  }
  expect(failures).toEqual([]);
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
  const hrefs = await page.getByRole('main').locator('ol > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/huechat\//);
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
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/chert\/errors\/4098\/$/);
  });
}

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
