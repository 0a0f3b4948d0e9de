/**
 * Puppeteer (pa11y's browser driver, `npm run audit`) must never download a browser: the machine has no internet
 * and the tests use Debian's Chromium (/usr/bin/chromium), as Playwright does.
 */
module.exports = { skipDownload: true };
