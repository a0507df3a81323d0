import { expect, test, type Page } from './test';
import { expectNoLeak, recordRequests } from './requests';

const MARKER = 'trace-7f3a9c-private';
const PHONE = '+15555550142';

const chertRateLimited = [
  'HTTP/2 429',
  'content-type: application/json',
  'retry-after: 17',
  `x-trace-id: ${MARKER}`,
  '',
  JSON.stringify({
    success: false,
    error: { status: 429, code: 1007, message: `Slow down for ${PHONE}`, retryable: true, retry_after: 17 },
    trace_id: MARKER,
  }),
].join('\r\n');

const result = (page: Page) =>
  page.getByRole('region', { name: 'What it means' }).or(page.locator('section[aria-labelledby="result-heading"]'));

test('pasting a raw HTTP response decodes code, verdict, wait and trace id, and sends nothing', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(chertRateLimited);
  const panel = result(page);
  await expect(panel.getByRole('link', { name: '1007' })).toHaveAttribute('href', '/chert/errors/1007/');
  await expect(panel).toContainText('Chert Messaging API');
  await expect(panel).toContainText('Retry after 17 s');
  await expect(panel).toContainText(MARKER);
  await expect(panel.getByRole('button', { name: /Copy trace id/ })).toBeVisible();
  expectNoLeak(requests, [MARKER, PHONE, 'Slow down']);
});

test('a multi-megabyte paste is decoded without entering the textarea, and Clear drops it', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/playground/');
  const box = page.getByLabel('Paste a failed response');
  const status = page.getByTestId('large-paste');
  // A real paste event carrying 3 MB: the page keeps it out of the box (Chromium would freeze laying it out).
  await expect(async () => {
    await box.evaluate((area, marker) => {
      const body = {
        success: false,
        error: { status: 429, code: 1007, message: 'Too many requests', retryable: true, retry_after: 5 },
        trace_id: marker,
        padding: 'x'.repeat(3 * 1024 * 1024),
      };
      const data = new DataTransfer();
      data.setData('text/plain', JSON.stringify(body));
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, MARKER);
    await expect(status).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(status).toContainText('3.0 MB you pasted');
  await expect(box).toHaveValue('');
  const panel = result(page);
  await expect(panel.getByRole('link', { name: '1007' })).toHaveAttribute('href', '/chert/errors/1007/');
  await expect(panel).toContainText(MARKER);
  await status.getByRole('button', { name: 'Clear' }).click();
  await expect(status).toBeHidden();
  await expect(panel.getByRole('link', { name: '1007' })).toHaveCount(0);
  await expect(box).toBeFocused();
  expectNoLeak(requests, [MARKER]);
});

test('a response-level retryable:false on a normally retryable code is reported as an override', async ({ page }) => {
  await page.goto('/playground/');
  const body = {
    success: false,
    error: { status: 500, code: 3001, message: 'Internal server error', retryable: false },
    trace_id: 'abc123',
  };
  await page.getByLabel('Paste a failed response').fill(JSON.stringify(body));
  const panel = result(page);
  await expect(panel).toContainText('Do not retry');
  await expect(panel).toContainText(/override/i);
});

test('broken JSON gets a plain explanation with line and column', async ({ page }) => {
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill('{\n  "error": "rate_limited",\n  "code": 429,,\n}');
  const panel = result(page);
  await expect(panel).toContainText(/line 3/i);
  await expect(panel).toContainText(/column/i);
});

test('HTML and script in a message are shown as text, never run', async ({ page }) => {
  await page.goto('/playground/');
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page
    .getByLabel('Paste a failed response')
    .fill(JSON.stringify({ error: 'invalid_input', message: evil, code: 400 }));
  const panel = result(page);
  await expect(panel).toContainText('<script>window.__pwned=2</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(panel.locator('img')).toHaveCount(0);
});

test('every sample decodes to a known API', async ({ page }) => {
  await page.goto('/playground/');
  await page.getByText('Samples to try').click();
  const samples = page.getByRole('group', { name: 'Samples to try' }).getByRole('button');
  const count = await samples.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const label = (await samples.nth(i).textContent()) ?? '';
    await samples.nth(i).click();
    await expect(page.getByTestId('decoded'), label).toContainText(label.split(':')[0]);
  }
});

test('share links carry the allow-listed text shown before copying; the full paste is a separate choice', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests = recordRequests(page);
  await page.goto('/playground/');
  const withSecrets = chertRateLimited.replace(
    'content-type: application/json',
    'content-type: application/json\r\nset-cookie: session=s3cr3t-cookie\r\nx-auth-token: tok-998877',
  );
  await page.getByLabel('Paste a failed response').fill(withSecrets);
  await expect(result(page)).toContainText('Retry after 17 s');
  const preview = page.getByTestId('share-preview');
  await expect(preview).toContainText('set-cookie: [removed]');
  const shown = (await preview.textContent()) ?? '';
  expect(shown).not.toContain(PHONE);
  expect(shown).not.toContain('s3cr3t-cookie');
  expect(shown).not.toContain('tok-998877');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Copied to clipboard')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/playground\/#i=/);
  expect(link).not.toContain(MARKER);

  const second = await context.newPage();
  const secondRequests = recordRequests(second);
  await second.goto(link);
  await expect(result(second)).toContainText('Retry after 17 s');
  await expect(result(second).getByRole('link', { name: '1007' })).toBeVisible();
  // The link carries exactly the text that was shown, and it still decodes to the same code and trace id.
  expect(await second.getByLabel('Paste a failed response').inputValue()).toBe(shown);
  await expect(result(second)).toContainText(MARKER);

  await page.getByText('Share the full paste instead').click();
  await expect(page.getByRole('note')).toContainText('unmasked');
  await page.getByRole('button', { name: 'Copy link with the full paste' }).click();
  const full = await page.evaluate(() => navigator.clipboard.readText());
  await second.goto('about:blank');
  await second.goto(full);
  await expect(result(second)).toContainText('Retry after 17 s');
  expect(await second.getByLabel('Paste a failed response').inputValue()).toBe(withSecrets.replace(/\r\n/g, '\n'));
  expectNoLeak([...requests, ...secondRequests], [MARKER, PHONE, 's3cr3t-cookie']);
});

test('"Try in playground" on a code page opens its example', async ({ page }) => {
  await page.goto('/chert/errors/4098/');
  await page.getByRole('link', { name: 'Try in playground' }).first().click();
  await expect(page).toHaveURL(/\/playground\/#i=/);
  const panel = result(page);
  await expect(panel.getByRole('link', { name: '4098' })).toBeVisible();
  await expect(panel).toContainText('sparkles');
  await expect(panel).toContainText('Do not retry');
});
