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
