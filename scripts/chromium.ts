// Debian's Chromium and the flags every launch of it uses (Playwright tests, benches, Lighthouse): no browser download
// is reachable here, and background networking or updates would disturb timings.
export const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
