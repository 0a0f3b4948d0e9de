import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers/stack.ts';

/**
 * axe on every page of the sitemap, in both languages, plus the root language page, the 404 page and the
 * search page with results. WCAG 2.0–2.2 A and AA rules; no rule is disabled.
 */
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

for (const locale of ['ru', 'tt'] as const) {
  test(`axe finds nothing on any ${locale} page`, async ({ page }) => {
    const paths = sitemapPaths().filter((path) => path.startsWith(`/${locale}/`));
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
  });
}

test('axe finds nothing on the language page, the 404 page and search results', async ({ page }) => {
  for (const path of ['/', '/ru/no-such-page/', '/ru/search/?q=показания', '/tt/search/?q=күрсәткечләрен', '/tt/search/?q=зззз']) {
    await page.goto(path);
    if (path.includes('?q=')) await expect(page.locator('#search-status')).not.toBeEmpty();
    expect(await violations(page), path).toEqual([]);
  }
});
