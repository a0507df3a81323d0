// The playground's verdict for failures no catalog claims: a proxy's HTML 502, an empty 503 with Retry-After,
// problem details, and another vendor's body that looks like a documented shape. Same facts as the CLI.
import { expect, test, type Page } from './test';

const panel = (page: Page) => page.locator('section[aria-labelledby="result-heading"]');

async function paste(page: Page, text: string) {
  await page.goto('/playground/');
  await page.getByLabel('Paste a failed response').fill(text);
}

test('a proxy HTML 502 gets a retry verdict and names the proxy', async ({ page }) => {
  await paste(
    page,
    'HTTP/1.1 502 Bad Gateway\nServer: nginx/1.25.3\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
  );
  const result = panel(page);
  await expect(result.getByTestId('verdict')).toContainText('Retry with back-off');
  await expect(result).toContainText('Not from a documented API');
  await expect(result).toContainText('HTML error page');
  await expect(result.getByTestId('sender')).toContainText('nginx');
  await expect(result).toContainText('HTTP 502 Bad Gateway');
});

test('an empty 503 with Retry-After waits the 120 seconds it asks for', async ({ page }) => {
  await paste(page, 'HTTP/2 503\ncontent-length: 0\nretry-after: 120\nx-request-id: req-empty-503\n\n');
  const result = panel(page);
  await expect(result.getByTestId('verdict')).toContainText('Retry after 2 min (120 s)');
  await expect(result).toContainText('req-empty-503');
  await expect(result.getByRole('button', { name: /Copy request id/ })).toBeVisible();
});

test('problem details are shown as such, and a foreign look-alike body is not claimed by a catalog', async ({
  page,
}) => {
  await paste(
    page,
    'HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc"}',
  );
  let result = panel(page);
  await expect(result).toContainText('Problem details (RFC 9457)');
  await expect(result).toContainText('Your current balance is 30, but that costs 50.');
  await expect(result).toContainText('/account/12345/msgs/abc');
  await expect(result.getByTestId('verdict')).toContainText('Do not retry: the caller is not allowed to do this');

  await paste(
    page,
    'HTTP/1.1 404 Not Found\nRequest-Id: req_8Hq2Zx3yK1mN0p\n\n{"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such customer"}}',
  );
  result = panel(page);
  await expect(result).toContainText('Not from a documented API');
  await expect(result).toContainText('resource_missing');
  await expect(result).toContainText('req_8Hq2Zx3yK1mN0p');
  await expect(result).not.toContainText('Chirp API ·');
  // Decoder sentences render their code marks: no raw backticks reach the reader.
  await expect(result.getByTestId('verdict')).not.toContainText('`');
});

test('a Retry-After on a 403 and a CDN page with character references show the same facts as the CLI', async ({
  page,
}) => {
  await paste(
    page,
    'HTTP/2 403\ndate: Tue, 01 Dec 2026 10:00:00 GMT\nretry-after: 60\nx-github-request-id: C3D4:5E6F:7A8B9C:0D1E2F:6D7E8F91\n\n{"message":"You have exceeded a secondary rate limit.","status":"403"}',
  );
  let result = panel(page);
  await expect(result.getByTestId('verdict')).toContainText('Retry after 60 s');
  await expect(result).toContainText('C3D4:5E6F:7A8B9C:0D1E2F:6D7E8F91');

  await paste(
    page,
    'HTTP/1.1 503 Service Unavailable\nx-azure-ref: 20261201T100000Z-16c8b8d8f6c\n\n<html><head><title>Our services aren&#39;t available right now</title></head><body></body></html>',
  );
  result = panel(page);
  await expect(result).toContainText("Our services aren't available right now");
  await expect(result.getByTestId('sender')).toContainText('Azure Front Door');
  await expect(result.getByTestId('verdict')).toContainText('Retry with back-off');
});

test('a body pasted without a status line that names its failure, and an Akamai reference, get a verdict', async ({
  page,
}) => {
  await paste(page, 'no healthy upstream');
  let result = panel(page);
  await expect(result.getByTestId('verdict')).toContainText('Retry with back-off');
  await expect(result).toContainText('HTTP 503');
  await expect(result).toContainText('No status line was pasted; HTTP 503 was read from the body text');
  await expect(result.getByTestId('sender')).toContainText('Envoy');

  await paste(
    page,
    'HTTP/1.1 403 Forbidden\nServer: AkamaiGHost\n\n<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>Reference&#32;&#35;18&#46;2f3c1402&#46;1701234567&#46;5a6b7c8</BODY></HTML>',
  );
  result = panel(page);
  await expect(result).toContainText('18.2f3c1402.1701234567.5a6b7c8');
  await expect(result.getByTestId('sender')).toContainText('Akamai');
});
