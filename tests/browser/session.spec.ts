// A whole session in the playground: a HAR pasted or dropped shows its groups table, each group opens to its
// responses and each response to the single-response view; filters, Markdown and a summary-only share link.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './test';
import { expectNoLeak, recordRequests } from './requests';

const fixture = (name: string) =>
  fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'sessions', name), 'utf8');
const SECRETS = ['must-not-appear', 'must_not_appear', 'must not appear', 'req_ff_01', 'tr-0001'];

const groupRows = (page: Page) => page.getByTestId('session-groups').locator('tbody > tr:has(th[scope="row"])');

test('a pasted Firefox HAR shows its groups; a group opens to its responses and a response to the decoder', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(fixture('firefox.har'));
  const session = page.getByTestId('session');
  await expect(session).toContainText('A HAR file: 6 failed responses of 13, in 4 groups. 1 request got no response.');
  const rows = groupRows(page);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('RATE_LIMIT_EXCEEDED');
  await expect(rows.nth(0)).toContainText('Inbox API');
  await expect(rows.nth(0)).toContainText('retry after 20 s');
  await expect(rows.nth(0).getByRole('link', { name: 'RATE_LIMIT_EXCEEDED' })).toHaveAttribute(
    'href',
    '/inbox/errors/RATE_LIMIT_EXCEEDED/',
  );
  await expect(rows.nth(1)).toContainText('do not retry: what the request names does not exist');

  const show = rows.nth(0).getByRole('button', { name: /Show 3 RATE_LIMIT_EXCEEDED responses/ });
  const controls = await show.getAttribute('aria-controls');
  await show.click();
  await expect(rows.nth(0).getByRole('button', { name: /Hide 3/ })).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator(`#${controls}`);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').nth(1)).toContainText(
    'POST/v1/messages2026-01-26T10:14:03.902+01:00trace req_ff_02',
  );

  await list.getByRole('button', { name: 'Open response #4' }).click();
  const opened = page.getByRole('region', { name: /Response #4: POST \/v1\/messages/ });
  await expect(opened.getByTestId('decoded')).toContainText('Inbox API');
  await expect(opened.getByRole('link', { name: 'RATE_LIMIT_EXCEEDED' })).toBeVisible();
  await expect(opened).toContainText('req_ff_02');

  // Filters: by verdict, then by API.
  await page.getByLabel('Verdict').selectOption({ label: 'Do not retry' });
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('NOT_FOUND');
  await page.getByLabel('Verdict').selectOption({ label: 'Any verdict' });
  await page.getByRole('combobox', { name: /^API/ }).selectOption({ label: 'Chirp API' });
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('message_undeliverable');
  expectNoLeak(requests, SECRETS);
});

test('a dropped Chromium HAR is triaged the same way, and its summary link carries the groups only', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests = recordRequests(page);
  await page.goto('/playground/');
  const har = fixture('chromium.har');
  // A real drop event carrying a File, as a desktop file manager sends it.
  await page.getByLabel('Paste a failed response').evaluate((box, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'session.har', { type: 'application/json' }));
    box.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    box.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, har);
  await expect(page.getByTestId('session')).toContainText('10 failed responses of 18, in 8 groups');
  const rows = groupRows(page);
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(0)).toContainText('1007');
  await expect(rows.nth(0)).toContainText('Chert Messaging API');
  await expect(rows.nth(0)).toContainText('3');
  // The session itself is never offered as a paste link.
  await expect(page.getByRole('button', { name: 'Copy share link' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('**10 of 18 responses failed**, in 8 groups.');
  expect(markdown).toMatch(
    /\| 3 \| Chert Messaging API \| \[1007\]\(http:\/\/127\.0\.0\.1:\d+\/chert\/errors\/1007\/\) \| 429 \| retry after 30 s \| tr-0001, tr-0002, tr-0003 \|/,
  );

  await page.getByRole('button', { name: 'Copy summary link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/playground\/#b=/);
  const second = await context.newPage();
  const secondRequests = recordRequests(second);
  await second.goto(link);
  await expect(second.getByTestId('session')).toContainText(
    'Shared summary of a session: 10 failed responses of 18, in 8 groups.',
  );
  await expect(groupRows(second).nth(0)).toContainText('1007');
  await expect(groupRows(second).nth(0)).toContainText('not included');
  expectNoLeak([...requests, ...secondRequests], SECRETS);
});

test('the session view has no axe violations', async ({ page }) => {
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(fixture('worker-log.ndjson'));
  await expect(page.getByTestId('session')).toContainText('A JSON-lines log: 6 failed responses of 8');
  await groupRows(page)
    .nth(0)
    .getByRole('button', { name: /Show 2/ })
    .click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('at phone width a log with lines between its records is triaged, and its rows never widen the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(fixture('lambda.log'));
  await expect(page.getByTestId('session')).toContainText(
    'A JSON-lines log: 2 failed responses of 3, in 1 group. 3 log lines held no JSON record (line 1, 5, 6).',
  );
  const row = groupRows(page).nth(0);
  await expect(row).toContainText('RATE_LIMIT_EXCEEDED');
  await row.getByRole('button', { name: /Show 2/ }).click();
  await page.getByRole('button', { name: 'Open response #2' }).click();
  await expect(page.getByRole('region', { name: 'Response #2' }).getByTestId('decoded')).toContainText('Inbox API');
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
  // Each group is a stacked card at this width, its cells labelled; the table stays accessible.
  await expect(row.getByText('Verdict', { exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('copy as Markdown says which filter picked the groups it holds', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(fixture('firefox.har'));
  await expect(groupRows(page)).toHaveCount(4);
  await page.getByRole('combobox', { name: /^API/ }).selectOption({ label: 'Inbox API' });
  await expect(groupRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split('\n')[0]).toBe(
    '**4 of 6 failed responses** (API: Inbox API), out of 13 responses, in 2 groups.',
  );
  expect(markdown.split('\n')).toHaveLength(6);
});
