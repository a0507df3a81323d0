import { expect, test } from './test';

test('code pages show language tabs; copy puts exactly the shown code on the clipboard; the choice is remembered', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chert/errors/1007/');
  const tabs = page.getByRole('tablist', { name: 'Snippet language' });
  await expect(tabs.getByRole('tab')).toHaveText(['TypeScript', 'Python', 'curl']);
  await tabs.getByRole('tab', { name: 'Python' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Python' });
  await expect(panel).toBeVisible();
  const shown = await panel.locator('pre').first().innerText();
  expect(shown).toContain('1007');
  expect(shown.trimEnd().split('\n').length).toBeLessThanOrEqual(20);
  await panel.getByRole('button', { name: 'Copy Python' }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied to clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trimEnd()).toBe(shown.trimEnd());

  await page.goto('/huechat/errors/rate_limited/');
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Python' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'curl' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'curl' })).toHaveAttribute('aria-selected', 'true');
});

test('the full runnable program is one click away under the short handler, and copies exactly', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chert/errors/1007/');
  const panel = page.getByRole('tabpanel', { name: 'TypeScript' });
  const full = panel.locator('details');
  await expect(full.locator('pre')).toBeHidden();
  await full.getByText('Full runnable program').click();
  const program = full.locator('pre');
  await expect(program).toBeVisible();
  const text = await program.innerText();
  expect(text).toContain('main().then(');
  expect(text.trimEnd().split('\n').length).toBeGreaterThan(20);
  await full.getByRole('button', { name: 'Copy full TypeScript program' }).click();
  expect((await page.evaluate(() => navigator.clipboard.readText())).trimEnd()).toBe(text.trimEnd());
});

test('copy still works where navigator.clipboard is missing (plain-HTTP origins)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto('/inbox/errors/RATE_LIMIT_EXCEEDED/');
  const panel = page.getByRole('tabpanel', { name: 'TypeScript' });
  await panel.getByRole('button', { name: 'Copy TypeScript' }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied to clipboard');
  const reader = await context.newPage();
  await reader.goto('/');
  const copied = await reader.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('RATE_LIMIT_EXCEEDED');
  expect(copied.trimEnd()).toBe((await panel.locator('pre').first().innerText()).trimEnd());
});

test('every code page of every API has snippets in three languages', async ({ page, request }) => {
  for (const api of ['chert', 'chirp', 'huechat', 'inbox', 'relay']) {
    const catalog = await (await request.get(`/${api}/catalog.json`)).json();
    const first = catalog.codes[0].code;
    await page.goto(`/${api}/errors/${encodeURIComponent(String(first))}/`);
    await expect(page.getByRole('tab'), api).toHaveCount(3);
  }
});
