import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { LIGHTHOUSE_PAGES, lighthouseOf, withChrome, type LighthouseResult } from '../../scripts/lib/lighthouse.ts';
import { TEST_SITE_PORT } from '../helpers/stack.ts';

/**
 * Lighthouse, mobile, on each page type in both languages, served as in production (precompressed files): the
 * accessibility, best-practices and SEO scores must be 100 — they depend on the page, not on the machine.
 * Performance and LCP depend on how busy the machine is, so they are written down (reports/lighthouse.json), not
 * asserted; `npm run bench:lighthouse` measures them as medians.
 */
test.describe.configure({ timeout: 600_000 });

test('Lighthouse: accessibility, best practices and SEO 100 on every page type, in both languages', async () => {
  const results: LighthouseResult[] = [];
  await withChrome(async (port) => {
    for (const locale of ['ru', 'tt'] as const) for (const page of LIGHTHOUSE_PAGES) results.push(await lighthouseOf(`http://127.0.0.1:${TEST_SITE_PORT}/${locale}/${page}`, port));
  });
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
  writeFileSync(path.join(ROOT, 'reports', 'lighthouse.json'), `${JSON.stringify(results, null, 2)}\n`);
  for (const result of results) console.log(`${result.url}: ${JSON.stringify(result.scores)}, LCP ${result.lcpMs} ms`);
  const belowFull = results
    .filter((result) => result.scores.accessibility < 100 || result.scores['best-practices'] < 100 || result.scores.seo < 100)
    .map((result) => `${result.url} ${JSON.stringify(result.scores)}: ${result.failing.join(', ')}`);
  expect(belowFull).toEqual([]);
});
