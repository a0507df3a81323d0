// Sessions in the forms other tools write them (HTTPie -v, pretty-printed records, OTLP/JSON, a CRI container
// log), pasted or dropped in the playground at desktop and phone widths: the groups written by hand in
// tests/fixtures/sessions/expected.json, no request data on the page, no sideways scroll on a phone.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './test';
import { expectNoLeak, recordRequests } from './requests';

const fixture = (name: string) =>
  fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'sessions', name), 'utf8');
const groupRows = (page: Page) => page.getByTestId('session-groups').locator('tbody > tr:has(th[scope="row"])');

const CASES = [
  { file: 'httpie-v.txt', summary: '2 failed responses of 3, in 1 group', first: ['1003', 'Chert Messaging API'] },
  { file: 'pretty.log', summary: '2 failed responses of 3, in 2 groups', first: ['VALIDATION_ERROR', 'Relay API'] },
  { file: 'otlp.jsonl', summary: '3 failed responses of 4, in 2 groups', first: ['2008', 'Chert Messaging API'] },
  { file: 'k8s-cri.log', summary: '3 failed responses of 4, in 2 groups', first: ['not_found', 'HueChat API'] },
];

async function drop(page: Page, name: string, text: string) {
  await page.getByLabel('Paste a failed response').evaluate(
    (box, [fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: 'text/plain' }));
      box.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text],
  );
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [i, c] of CASES.entries()) {
      test(`${i % 2 ? 'dropped' : 'pasted'} ${c.file} shows its groups and no request data`, async ({ page }) => {
        const requests = recordRequests(page);
        await page.goto('/playground/');
        const text = fixture(c.file);
        if (i % 2) await drop(page, c.file, text);
        else await page.getByLabel('Paste a failed response').fill(text);
        await expect(page.getByTestId('session')).toContainText(c.summary);
        const rows = groupRows(page);
        for (const t of c.first) await expect(rows.nth(0)).toContainText(t);
        await expect(page.getByTestId('session')).not.toContainText('must-not-appear');
        await expect(page.getByTestId('session')).not.toContainText('Authorization');
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways).toBeLessThanOrEqual(0);
        expectNoLeak(requests, ['must-not-appear']);
      });
    }
  });
}
