// Pages paint before their scripts run (scripts/paint-first.ts). What a reader types or pastes in that moment must
// not be lost: these tests hold the framework's scripts back, type, then let them run.
import { expect, test, type Page } from './test';

/** Holds every /_next/ script until the returned release() is called. */
async function holdScripts(page: Page) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test('a code page is readable while its scripts are still loading', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/chert/errors/1007/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  release();
  await expect(page.getByRole('button', { name: /copy/i }).first()).toBeVisible();
});

test('a word typed into a table filter before its scripts ran filters the table once they run', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/chert/errors/', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Filter this table' });
  await box.fill('1007');
  release();
  await expect(page.getByRole('status')).toHaveText('1 matching code');
  await expect(page.locator('[data-error-table] tbody tr:visible')).toHaveCount(1);
});

test('a response pasted into the playground before its scripts ran is decoded once they run', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/playground/', { waitUntil: 'commit' });
  const box = page.getByLabel('Paste a failed response');
  await box.fill(
    JSON.stringify({ success: false, error: { status: 429, code: 1007, message: 'Slow down', retryable: true } }),
  );
  release();
  await expect(page.getByRole('region', { name: 'What it means' })).toContainText('1007');
});

test('a query typed into the header search before its scripts ran gets its suggestions once they run', async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto('/chert/', { waitUntil: 'commit' });
  const box = page.getByRole('combobox', { name: 'Search error codes' });
  await box.fill('rate limit');
  release();
  await expect(page.getByRole('listbox', { name: 'Matching error codes' }).getByRole('option').first()).toBeVisible();
});

// Nothing on the page moves when the scripts arrive late: controls that need them are in the HTML from the start, and
// the header keeps one layout while the page streams in (Lighthouse counts every shift as lost points).
for (const [kind, path] of [
  ['home', '/'],
  ['guide', '/chert/attachments-and-effects/'],
  ['table', '/chert/errors/'],
  ['code page', '/chert/errors/1007/'],
  ['search', '/search/?q=1007'],
  ['playground', '/playground/'],
] as const) {
  for (const width of [412, 1280]) {
    test(`the ${kind} page does not shift its layout when its scripts run (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 823 });
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: string[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<
            PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }
          >)
            w.shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((s) => s.node?.nodeName).join(',')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const release = await holdScripts(page);
      await page.goto(path, { waitUntil: 'commit' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      release();
      await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    });
  }
}
