import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { RU_QUERIES, TT_QUERIES, type SearchCase } from './search-queries.ts';

/**
 * Search that finds what people type (issue 16): each question of the query set (search-queries.ts) typed into the
 * real search page of its language; the page it must return has to be among the first three results, for at least
 * 95 % of the questions of each language. Every miss is written to reports/search-quality.json.
 */
const SETS = { ru: RU_QUERIES, tt: TT_QUERIES } as const;
const REQUIRED = 0.95;

async function topThree(page: Page, locale: 'ru' | 'tt', query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).not.toBeEmpty();
  return page.locator('#search-results > li h2 a').evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const report: Record<string, { cases: number; found: number; misses: Array<SearchCase & { got: string[] }> }> = {};

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: at least 95 % of ${SETS[locale].length} real questions find their page among the first three results`, async ({ page }) => {
    test.setTimeout(300_000);
    const misses: Array<SearchCase & { got: string[] }> = [];
    for (const item of SETS[locale]) {
      const got = await topThree(page, locale, item.query);
      if (!got.includes(item.expect)) misses.push({ ...item, got });
    }
    const found = SETS[locale].length - misses.length;
    report[locale] = { cases: SETS[locale].length, found, misses };
    mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
    writeFileSync(path.join(ROOT, 'reports', 'search-quality.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`${locale}: ${found} of ${SETS[locale].length} in the top 3 (${((100 * found) / SETS[locale].length).toFixed(1)} %)`);
    for (const miss of misses) console.log(`  miss: «${miss.query}» → ${miss.expect}; got ${miss.got.join(', ') || 'nothing'}`);
    expect(found / SETS[locale].length).toBeGreaterThanOrEqual(REQUIRED);
  });
}
