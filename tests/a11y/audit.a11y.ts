import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { VISION_OPTIONS, VISION_STORAGE_KEY } from '../../site/lib/vision.ts';
import { REPORT_DIR, criteriaOf, IGNORED_RULES, writeAuditReport, type AuditCheck } from '../helpers/audit-report.ts';
import { sitemapPaths } from '../helpers/stack.ts';

/**
 * `npm run audit` — axe over every page of the sitemap in both languages at 320 and 1280 px, one page of every
 * page type in every visually-impaired colour scheme at the largest text size, and the interactive states.
 * Any violation fails; the report is written either way (tests/helpers/audit-report.ts).
 */
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const checks: AuditCheck[] = [];
const started = new Date();
let axeVersion = 'unknown';

// Each test audits up to 150 page states (every page, or every page type in five schemes): far more than the
// default two minutes on a shared two-core machine.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

async function audit(page: Page, label: string, state: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).disableRules(IGNORED_RULES.map((item) => item.rule)).analyze();
  axeVersion = results.testEngine.version;
  const violations = [];
  for (const violation of results.violations) {
    const nodes = [];
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      let screenshot: string | null = null;
      try {
        const name = `${createHash('sha1').update(`${label}|${state}|${violation.id}|${target}`).digest('hex').slice(0, 12)}.png`;
        mkdirSync(path.join(REPORT_DIR, 'shots'), { recursive: true });
        await page.locator(String(node.target[0])).first().screenshot({ path: path.join(REPORT_DIR, 'shots', name), timeout: 3000 });
        screenshot = `shots/${name}`;
      } catch {
        /* element not visible: the markup is still reported */
      }
      nodes.push({ html: node.html, target, failure: node.failureSummary ?? '', screenshot });
    }
    violations.push({ rule: violation.id, impact: violation.impact ?? null, help: violation.help, helpUrl: violation.helpUrl, criteria: criteriaOf(violation.tags), nodes });
  }
  checks.push({ page: label, state, violations });
  return violations.map((violation) => `${violation.rule}: ${violation.nodes.map((node) => node.target).join(', ')}`);
}

/** One page of every page type, in both languages. */
const PAGE_TYPES = ['', 'company/', 'offices/', 'tariffs/', 'payment/', 'contracts/', 'faq/', 'faq/readings/', 'standard/', 'standard/section-7-3/', 'outages/', 'info/', 'search/', 'disclosure/', 'accessibility/'];

for (const width of [320, 1280]) {
  for (const locale of ['ru', 'tt'] as const) {
    test(`every ${locale} page at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const paths = sitemapPaths().filter((candidate) => candidate.startsWith(`/${locale}/`));
      const found: string[] = [];
      for (const pagePath of paths) {
        await page.goto(pagePath);
        found.push(...(await audit(page, pagePath, `${width} px`)).map((violation) => `${pagePath}: ${violation}`));
      }
      expect(found).toEqual([]);
    });
  }
}

test('every page type in every colour scheme at the largest text size', async ({ page }) => {
  const schemes = VISION_OPTIONS.find((option) => option.name === 'scheme')!.values.filter((value) => value !== 'default');
  const found: string[] = [];
  for (const scheme of schemes) {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [VISION_STORAGE_KEY, JSON.stringify({ size: '5', scheme })] as const);
    for (const type of PAGE_TYPES) {
      for (const locale of ['ru', 'tt']) {
        await page.goto(`/${locale}/${type}`);
        await expect(page.locator('html')).toHaveAttribute('data-vi-scheme', scheme);
        found.push(...(await audit(page, `/${locale}/${type}`, `${scheme}, 200 %`)).map((violation) => `/${locale}/${type} ${scheme}: ${violation}`));
      }
    }
  }
  expect(found).toEqual([]);
});

test('interactive states: panel open, search results, no results', async ({ page }) => {
  const found: string[] = [];
  for (const locale of ['ru', 'tt'] as const) {
    await page.goto(`/${locale}/`);
    await page.locator('details.vision > summary').click();
    found.push(...(await audit(page, `/${locale}/`, 'visually-impaired panel open')));
    await page.goto(`/${locale}/search/?q=${locale === 'ru' ? 'показания' : 'җиһазландыру'}`);
    await expect(page.locator('#search-status')).not.toBeEmpty();
    found.push(...(await audit(page, `/${locale}/search/`, 'search results')));
    await page.goto(`/${locale}/search/?q=ъъъъъъ`);
    await expect(page.locator('#search-status')).not.toBeEmpty();
    found.push(...(await audit(page, `/${locale}/search/`, 'no results')));
  }
  for (const pagePath of ['/', '/ru/no-such-page/']) {
    await page.goto(pagePath);
    found.push(...(await audit(page, pagePath, 'default')));
  }
  expect(found).toEqual([]);
});

test('interactive states of the office finder: filters applied, no results, nearest first, map open', async ({ page }) => {
  // Map tiles come from the internet, which the tests do not have; the map and its markers are drawn anyway.
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  const found: string[] = [];
  for (const locale of ['ru', 'tt'] as const) {
    const states: Array<[string, string]> = [
      ['filters applied', '?for=individuals&service=cash-desk&service=readings&open=now'],
      ['no results', '?q=%D0%B7%D0%B7%D0%B7%D0%B7'],
      ['nearest first', '?near=kazan'],
      ['map open', '?municipality=kazan&map=1'],
    ];
    for (const [state, query] of states) {
      await page.goto(`/${locale}/offices/${query}`);
      await expect(page.locator('form.finder-filters')).toBeVisible();
      await expect(page.locator('.finder-status')).not.toBeEmpty();
      if (state === 'map open') await expect(page.locator('.office-marker').first()).toBeVisible();
      found.push(...(await audit(page, `/${locale}/offices/`, `finder: ${state}`)).map((violation) => `/${locale}/offices/ ${state}: ${violation}`));
    }
  }
  expect(found).toEqual([]);
});

test.afterAll(() => {
  const summary = writeAuditReport(checks, { axeVersion, startedAt: started, durationSeconds: (Date.now() - started.getTime()) / 1000 });
  console.log(`Audit: ${summary.checks} checks on ${summary.pages} pages, ${summary.violations} violations → reports/a11y/index.html`);
});
