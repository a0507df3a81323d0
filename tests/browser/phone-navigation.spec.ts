// At phone size (390×844): the section menu is a closed disclosure above the content, so each page's heading is on the
// first screen; it opens by keyboard and without JavaScript; no page scrolls sideways; the menu marks the current page.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './test';
import AxeBuilder from '@axe-core/playwright';
import { walkFiles } from '../../scripts/walk-files';

const PHONE = { width: 390, height: 844 };
const OUT = path.resolve('out');

/** Every page of the export as a URL path (…/index.html → …/), the 404 pages left out. */
const PAGES = walkFiles(OUT)
  .map((f) => path.relative(OUT, f).split(path.sep).join('/'))
  .filter((f) => /(^|\/)index\.html$/.test(f) && !/^(404|_not-found)\//.test(f))
  .map((f) => encodeURI(`/${f.slice(0, -'index.html'.length)}`))
  .sort();
/** Pages under /<api>/: guides, tables, group tables and code pages, the ones with the section menu. */
const API_PAGES = PAGES.filter((p) => fs.existsSync(path.join(OUT, p.split('/')[1], 'catalog.json')));

test.use({ viewport: PHONE });

const menu = (page: Page, api: string) => page.locator(`details:has(nav[aria-label="${api} pages"])`);

test('the export has pages to check', () => {
  expect(API_PAGES).toEqual(
    expect.arrayContaining([
      '/chert/',
      '/chert/errors/',
      '/chert/errors/1007/',
      '/chirp/errors/conversation_window_expired/',
    ]),
  );
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/compare/', '/playground/']));
});

test('on every API page the menu is closed and the whole h1 is on the first screen', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const url of API_PAGES) {
    await page.goto(url);
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    if (!h1 || h1.y < 0 || h1.y + h1.height > PHONE.height) problems.push(`${url}: h1 at ${JSON.stringify(h1)}`);
    if (await page.locator('details[open]').count()) problems.push(`${url}: menu open on arrival`);
    if (
      await page
        .locator('main nav[aria-label$=" pages"], aside nav[aria-label$=" pages"]')
        .filter({ visible: true })
        .count()
    )
      problems.push(`${url}: section links visible before the menu is opened`);
  }
  expect(problems).toEqual([]);
});

test('the menu opens and closes from the keyboard, and marks the current page', async ({ page }) => {
  await page.goto('/chert/envelope/');
  const summary = menu(page, 'Chert').locator('summary');
  // Reach the menu button with Tab, as a keyboard user would.
  for (let i = 0; i < 30 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Chert pages' });
  await expect(nav).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'The error envelope' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeHidden();

  await page.goto('/chert/errors/');
  await menu(page, 'Chert').locator('summary').click();
  await expect(
    page.getByRole('navigation', { name: 'Chert pages' }).getByRole('link', { name: /All error codes/ }),
  ).toHaveAttribute('aria-current', 'page');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('on a desktop the section links show without a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/chert/errors/1007/');
  await expect(page.getByRole('navigation', { name: 'Chert pages' })).toBeVisible();
  await expect(menu(page, 'Chert')).toBeHidden();
});

test('no page of the export scrolls sideways at 390 px, tables and code pages included', async ({ page }) => {
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const url of PAGES) {
    await page.goto(url);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    if (width > PHONE.width) wide.push(`${url}: ${width} px`);
  }
  expect(wide).toEqual([]);
});

test('error tables fit the phone: long snake_case codes wrap instead of widening the Code column', async ({ page }) => {
  for (const url of ['/chert/errors/', '/chirp/errors/', '/huechat/errors/', '/inbox/errors/']) {
    await page.goto(url);
    const overflowing = await page
      .locator('[data-error-table]')
      .evaluateAll((tables) =>
        tables
          .filter((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth)
          .map((t) => t.querySelector('caption')?.textContent),
      );
    expect(overflowing, url).toEqual([]);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the menu still opens and shows the current page', async ({ page }) => {
    await page.goto('/chert/retries/');
    const nav = page.getByRole('navigation', { name: 'Chert pages' });
    await expect(nav).toBeHidden();
    await menu(page, 'Chert').locator('summary').click();
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toHaveText('Retries');
  });
});
