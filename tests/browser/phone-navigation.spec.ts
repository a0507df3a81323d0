// At phone size (390×844): the section menu is a button above the content, collapsed on arrival, so each page's heading
// is on the first screen; it opens and closes from the keyboard (Escape puts focus back on the button) and, with
// JavaScript off, as a native disclosure; it marks the current page, code pages included; no page scrolls sideways;
// what scrolls sideways is a focusable, named box; links and buttons are at least 24 px.
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

const menuButton = (page: Page, api: string) =>
  page.getByRole('button', { name: `${api} menu: guides and error groups` });
const sectionNav = (page: Page, api: string) => page.getByRole('navigation', { name: `${api} pages` });

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

test('on every API page the menu is collapsed, the whole h1 is on the first screen, and one item is current', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const url of API_PAGES) {
    await page.goto(url);
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    if (!h1 || h1.y < 0 || h1.y + h1.height > PHONE.height) problems.push(`${url}: h1 at ${JSON.stringify(h1)}`);
    const button = page.locator('aside button[aria-controls]');
    if ((await button.count()) !== 1 || (await button.getAttribute('aria-expanded')) !== 'false')
      problems.push(`${url}: no collapsed menu button`);
    if (await page.locator('aside nav').filter({ visible: true }).count())
      problems.push(`${url}: section links visible before the menu is opened`);
    // Guides, tables and group pages are links of the menu; a code page is added to it as its current item.
    const current = page.locator('aside nav [aria-current="page"]');
    if ((await current.count()) !== 1 || (await current.getAttribute('href')) !== url)
      problems.push(
        `${url}: current items ${await current.evaluateAll((els) => els.map((e) => e.getAttribute('href')))}`,
      );
  }
  expect(problems).toEqual([]);
});

test('the menu opens with Enter or Space, and Escape closes it and puts focus back on the button', async ({ page }) => {
  await page.goto('/chert/envelope/');
  const button = menuButton(page, 'Chert');
  const nav = sectionNav(page, 'Chert');
  // Reach the menu button with Tab, as a keyboard user would.
  for (let i = 0; i < 30 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await expect(page.locator(`[id="${await button.getAttribute('aria-controls')}"]`)).toContainText(
    'The error envelope',
  );
  await expect(nav.getByRole('link', { name: 'The error envelope' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();

  await page.goto('/chert/errors/');
  await menuButton(page, 'Chert').click();
  await expect(sectionNav(page, 'Chert').getByRole('link', { name: /All error codes/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('on a code page the menu shows that code as the current page', async ({ page }) => {
  await page.goto('/chirp/errors/conversation_window_expired/');
  await menuButton(page, 'Chirp').click();
  const current = sectionNav(page, 'Chirp').locator('[aria-current="page"]');
  await expect(current).toHaveText('Error conversation_window_expired');
  await expect(current).toHaveAttribute('href', '/chirp/errors/conversation_window_expired/');
  await expect(current).toBeVisible();
});

test('the header marks the page it links to as current', async ({ page }) => {
  await page.goto('/compare/');
  const apis = page.getByRole('navigation', { name: 'APIs' });
  await expect(apis.locator('[aria-current="page"]')).toHaveText('Compare');
  await page.goto('/chert/errors/1007/');
  await expect(apis.locator('[aria-current]')).toHaveCount(0);
});

test('from 768 px up the section links show without a menu button, the current code marked', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/chert/errors/1007/');
  await expect(sectionNav(page, 'Chert')).toBeVisible();
  await expect(sectionNav(page, 'Chert').locator('[aria-current="page"]')).toHaveText('Error 1007');
  await expect(menuButton(page, 'Chert')).toBeHidden();
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

test('what scrolls sideways is a box of its own that the keyboard can reach, and tables are named', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const url of ['/chert/', '/chirp/error-types/', '/chert/retries/', '/inbox/errors/UNAUTHORIZED/', '/compare/']) {
    await page.goto(url);
    const found = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll<HTMLElement>('*')]
        .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth)
        .map((el) => ({
          tag: el.tagName,
          focusable: el.tabIndex >= 0,
          name: el.getAttribute('aria-label') ?? '',
          tables: el.querySelectorAll('table').length,
        })),
    );
    for (const box of found) {
      if (!box.focusable) problems.push(`${url}: a ${box.tag} scrolls but cannot be focused`);
      if (box.tables && !box.name) problems.push(`${url}: a table's scrolling box has no name`);
    }
  }
  expect(problems).toEqual([]);
  // Every table sits in a named region, whether or not it needs to scroll at this width.
  await page.goto('/chirp/error-types/');
  for (const table of await page.locator('main table').all())
    await expect(table.locator('xpath=..')).toHaveAttribute('role', 'region');
  await expect(page.getByRole('region', { name: /retry strategy by class of error/ })).toBeVisible();
});

test('links and buttons outside running text are at least 24 px each way', async ({ page }) => {
  test.setTimeout(120_000);
  const small: string[] = [];
  for (const url of ['/', '/chert/retries/', '/chirp/', '/chert/errors/1001/', '/compare/', '/chirp/error-types/']) {
    await page.goto(url);
    // Open the section menu where there is one, so its links are measured too.
    const menu = page.locator('aside button[aria-controls]');
    if (await menu.count()) await menu.click();
    small.push(
      ...(await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || el.classList.contains('sr-only')) return false;
            // A link inside a sentence is exempt (WCAG 2.5.8 "inline"): its parent has text of its own around it.
            const inSentence =
              getComputedStyle(el).display === 'inline' &&
              [...(el.parentElement?.childNodes ?? [])].some(
                (n) => n !== el && n.nodeType === 3 && n.textContent!.trim(),
              );
            return !inSentence && (box.width < 24 || box.height < 24);
          })
          .map((el) => `${location.pathname}: ${el.tagName} "${el.textContent!.trim().slice(0, 30)}"`),
      )),
    );
  }
  expect(small).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a native disclosure stands in for the button, opens and shows the current page', async ({ page }) => {
    await page.goto('/chert/retries/');
    const nav = sectionNav(page, 'Chert');
    await expect(nav).toBeHidden();
    await expect(page.locator('aside button')).toBeHidden();
    const summary = page.locator('aside details > summary');
    await expect(summary).toHaveText('Chert menu: guides and error groups');
    await summary.click();
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toHaveText('Retries');
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(h1!.y).toBeGreaterThan(0);
  });

  test('the h1 is on the first screen while the disclosure is closed', async ({ page }) => {
    await page.goto('/chert/errors/1007/');
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(h1!.y + h1!.height).toBeLessThanOrEqual(PHONE.height);
    await expect(sectionNav(page, 'Chert')).toBeHidden();
  });
});

test('the short handler fits the phone: at most 20 lines, none scrolling sideways, copied as written', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const url of [
    '/chert/errors/1007/',
    '/huechat/errors/duplicate_contact/',
    '/chirp/errors/invalid_phone_number/',
  ]) {
    await page.goto(url);
    const handler = page.locator('[data-snippet-panel]:visible [data-short-handler] pre');
    await expect(handler).toHaveCount(1);
    const { lines, scroll, client } = await handler.evaluate((pre) => ({
      lines: pre.textContent!.replace(/\n$/, '').split('\n').length,
      scroll: pre.scrollWidth,
      client: pre.clientWidth,
    }));
    expect(lines, url).toBeLessThanOrEqual(20);
    expect(scroll, url).toBeLessThanOrEqual(client);
  }
  // Wrapping is only how it is shown: the copy is the source line for line.
  const shown = await page.locator('[data-snippet-panel]:visible [data-short-handler] pre').textContent();
  await page
    .locator('[data-snippet-panel]:visible')
    .getByRole('button', { name: /^Copy / })
    .first()
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
});
