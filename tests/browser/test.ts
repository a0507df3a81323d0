// The browser tests' `test`: Playwright's, with `page.goto` waiting until the page has hydrated (the `data-hydrated`
// mark set by components/layout/hydrated-mark.tsx) before the test goes on. Pages paint before their scripts run, so
// without this a click right after loading could land before the page's handlers exist. Pages loaded with JavaScript
// off, non-HTML files and `waitUntil: 'commit'` loads are not waited for.
import { test as base, type Page } from '@playwright/test';

export { expect, type Page, type Request } from '@playwright/test';

type Goto = Page['goto'];

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    const goto: Goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const html = (response?.headers()['content-type'] ?? '').startsWith('text/html');
      if (javaScriptEnabled !== false && html && options?.waitUntil !== 'commit') {
        await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
      }
      return response;
    };
    await provide(page);
  },
});
