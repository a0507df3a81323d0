import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './test';

// The playground on a 390×844 phone: the page never scrolls sideways, and the verdict shows up right after a paste.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const verdict = (page: Page) => page.getByTestId('decoded').getByRole('status').first();

/** Top and bottom of an element relative to the viewport. */
const box = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  }, selector);

const longLine = JSON.stringify({
  success: false,
  error: {
    status: 429,
    code: 1007,
    message: `Rate limited ${'x'.repeat(600)}`,
    retryable: true,
    retry_after: 9,
    window: 'w'.repeat(900),
  },
  trace_id: `trace-${'0123456789abcdef'.repeat(40)}`,
});

const typical = [
  'HTTP/2 429',
  'content-type: application/json',
  'retry-after: 9',
  '',
  JSON.stringify({
    success: false,
    error: { status: 429, code: 1007, message: 'Rate limit exceeded', retryable: true, retry_after: 9 },
    trace_id: `trace-${'0123456789abcdef'.repeat(8)}`,
  }),
].join('\n');

test('pasting with a real paste brings the verdict near the top, with no sideways scroll', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/playground/');
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await page.evaluate((text) => navigator.clipboard.writeText(text), typical);
  await page.getByLabel('Paste a failed response').focus();
  await page.keyboard.press('Control+V');
  await expect(verdict(page)).toContainText('Retry after 9 s');
  await expect.poll(async () => (await verdict(page).boundingBox())?.y ?? Infinity).toBeLessThan(844 / 2);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('the result comes right below the box, and the share box right after the verdict', async ({ page }) => {
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(longLine);
  await expect(verdict(page)).toContainText('Retry after 9 s');
  const area = await box(page, '#paste');
  const heading = await box(page, '#result-heading');
  expect(heading.top - area.bottom).toBeGreaterThanOrEqual(0);
  // Between them only the file chooser for sessions (HAR, logs).
  expect(heading.top - area.bottom).toBeLessThan(180);
  // The share box follows the verdict (only the trace id line between), before the details and the code.
  const verdictBox = await box(page, '[data-testid="verdict"]');
  const share = await box(page, '#share-heading');
  expect(share.top).toBeGreaterThan(verdictBox.bottom);
  // This paste's trace id is 646 characters and wraps over several lines; the box comes right after it.
  const copyId = await page.getByRole('button', { name: 'Copy trace id' }).boundingBox();
  expect(share.top).toBeGreaterThan(copyId!.y + copyId!.height);
  expect(share.top - (copyId!.y + copyId!.height)).toBeLessThan(60);
  await expect(page.getByRole('heading', { name: 'Handle it in code' })).toBeVisible();
  const code = await page.getByRole('heading', { name: 'Handle it in code' }).boundingBox();
  expect(share.top).toBeLessThan(code!.y);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('samples sit in a closed menu; tapping one scrolls its result into view', async ({ page }) => {
  await page.goto('/playground/');
  const samples = page.getByRole('group', { name: 'Samples to try' });
  await expect(samples).toBeHidden();
  await page.getByText('Samples to try').tap();
  await expect(samples).toBeVisible();
  const count = await samples.getByRole('button').count();
  for (const i of [0, Math.floor(count / 2), count - 1]) {
    const button = samples.getByRole('button').nth(i);
    const label = ((await button.textContent()) ?? '').split(':')[0];
    await button.tap();
    await expect(page.getByTestId('decoded')).toContainText(label);
    await expect(page.getByTestId('decoded')).toBeInViewport();
    expect(await sideways(page), label).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
});

test('code blocks scroll inside themselves, never the page', async ({ page }) => {
  await page.goto('/playground/');
  await page.getByText('Samples to try').tap();
  await page.getByRole('button', { name: 'Chert: 4098' }).tap();
  const snippet = page.getByRole('heading', { name: 'Handle it in code' }).locator('xpath=following-sibling::pre[1]');
  await expect(snippet).toBeVisible();
  const preview = page.getByTestId('share-preview');
  await expect(preview).toBeVisible();
  for (const block of [snippet, preview]) {
    const { scroll, client } = await block.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(client).toBeLessThanOrEqual(390);
    expect(scroll).toBeGreaterThanOrEqual(client);
  }
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('a very long message opens on demand, so the verdict stays near the box', async ({ page }) => {
  await page.goto('/playground/');
  const message = `Upstream rejected ${'A'.repeat(3000)}`;
  await page
    .getByLabel('Paste a failed response')
    .fill(`HTTP/1.1 400 Bad Request\n\n${JSON.stringify({ code: 'INVALID_INPUT', message })}`);
  await expect(verdict(page)).toBeVisible();
  const heading = await box(page, '#result-heading');
  const verdictBox = await box(page, '[data-testid="verdict"]');
  // The API line, the code and its title, the status and the message's first lines: well under a screen.
  expect(verdictBox.top - heading.bottom).toBeLessThan(500);
  const more = page.getByText('show all 3,018 characters');
  await more.tap();
  await expect(page.getByTestId('decoded').locator('details q').last()).toHaveText(message);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('a whole session (a HAR file) shows its table without scrolling the page sideways', async ({ page }) => {
  await page.goto('/playground/');
  const har = fs.readFileSync(path.join('tests', 'fixtures', 'sessions', 'chromium.har'), 'utf8');
  await page.getByLabel('Paste a failed response').fill(har);
  const table = page.getByTestId('session-groups');
  await expect(table).toBeVisible();
  // On a phone each group is a card as wide as the screen: nothing in the table is cut off or pushed sideways.
  const { scroll, client } = await table.evaluate((el) => ({
    scroll: el.parentElement!.scrollWidth,
    client: el.parentElement!.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
  const show = await table
    .getByRole('button', { name: /^Show / })
    .first()
    .boundingBox();
  expect(show!.x + show!.width).toBeLessThanOrEqual(390);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

/** Pastes `text` as a user does (clipboard, Ctrl+V in the box). */
async function pasteIn(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.getByLabel('Paste a failed response').focus();
  await page.keyboard.press('Control+V');
}

test('a pasted HAR session brings its groups table into view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/playground/');
  await pasteIn(page, fs.readFileSync(path.join('tests', 'fixtures', 'sessions', 'chromium.har'), 'utf8'));
  const table = page.getByTestId('session-groups');
  await expect(table).toBeVisible();
  // The first group (three 1007 rate limits, retry after 30 s) is on the screen without scrolling.
  const first = table.locator('tbody tr').first();
  await expect(first).toContainText('1007');
  await expect(first).toContainText('retry after 30 s');
  await expect(first).toBeInViewport({ ratio: 1 });
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('buttons and disclosures by a result and a session are at least 24 px tall', async ({ page }) => {
  await page.goto('/playground/');
  const heights = () =>
    page
      .getByTestId('decoded')
      .or(page.getByTestId('session'))
      .first()
      .evaluate((root) =>
        [...root.querySelectorAll('button, summary, select')]
          .map((el) => ({
            name: (el.textContent ?? '').trim().slice(0, 40),
            height: el.getBoundingClientRect().height,
          }))
          .filter((c) => c.height > 0 && c.height < 24),
      );
  await page.getByLabel('Paste a failed response').fill(typical);
  await expect(verdict(page)).toContainText('Retry after 9 s');
  await expect(page.getByRole('button', { name: 'Copy share link' })).toBeVisible();
  expect(await heights()).toEqual([]);
  await page
    .getByLabel('Paste a failed response')
    .fill(fs.readFileSync(path.join('tests', 'fixtures', 'sessions', 'chromium.har'), 'utf8'));
  await expect(page.getByTestId('session-groups')).toBeVisible();
  expect(await heights()).toEqual([]);
});

test.describe('on a 320×640 phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a long message leaves the verdict and the trace id on the first screen after a paste', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/playground/');
    const message = `Validation failed: ${'the field value is not acceptable here; '.repeat(20)}`;
    await pasteIn(
      page,
      `HTTP/1.1 400 Bad Request\nX-Request-Id: req-320-long\n\n${JSON.stringify({ code: 'VALIDATION_ERROR', message, request_id: 'req-320-long' })}`,
    );
    await expect(verdict(page)).toContainText('Do not retry');
    const copyId = page.getByRole('button', { name: /^Copy (trace|request) id$/ });
    await expect(copyId).toBeVisible();
    await expect(page.getByTestId('decoded').getByText('req-320-long')).toBeInViewport({ ratio: 1 });
    await expect(verdict(page)).toBeInViewport({ ratio: 1 });
    await expect(copyId).toBeInViewport({ ratio: 1 });
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
});
