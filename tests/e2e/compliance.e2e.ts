import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { DISCLOSURE_REQUIREMENTS } from '../../site/lib/disclosure-requirements.ts';
import { stack } from '../helpers/stack.ts';

/** The compliance map is an auditor's entry point: every requirement, its clauses, and working links to it. */

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: the compliance map lists D01–D25, and every link opens a page whose main content carries that item`, async ({ page, context }) => {
    await page.goto(`/${locale}/disclosure/`);
    await expect(page.locator('h1')).toHaveText(locale === 'ru' ? 'Раскрытие информации' : 'Мәгълүмат ачу');
    const rows = page.locator('tr[data-requirement]');
    await expect(rows).toHaveCount(DISCLOSURE_REQUIREMENTS.length);

    const links = await page
      .locator('a[data-disclosure-link]')
      .evaluateAll((anchors) => anchors.map((anchor) => ({ code: anchor.getAttribute('data-disclosure-link')!, href: anchor.getAttribute('href')! })));
    const codes = new Set(links.map((link) => link.code));
    for (const requirement of DISCLOSURE_REQUIREMENTS.filter((item) => item.code !== 'D25')) {
      expect(codes.has(requirement.code), `${requirement.code} has a link`).toBe(true);
    }
    const target = await context.newPage();
    for (const link of links) {
      expect(link.href.startsWith(`/${locale}/`), `${link.code}: ${link.href} stays in ${locale}`).toBe(true);
      const response = await target.goto(link.href);
      expect(response?.status(), link.href).toBe(200);
      const carried = (await target.locator('main').getAttribute('data-disclosures')) ?? '';
      expect(carried.split(' '), `${link.href} carries ${link.code}`).toContain(link.code);
    }

    // Every clause link lands on the clause's anchor on its section's page of the standard.
    const clauseLinks = await page.locator('td a[href*="#p-"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(clauseLinks.length).toBeGreaterThan(25);
    for (const href of new Set(clauseLinks)) {
      expect(href).toMatch(new RegExp(`^/${locale}/standard/section-[\\d-]+/#p-\\d+$`));
      await target.goto(href);
      await expect(target.locator(`[id="${href.split('#')[1]}"]`), href).toHaveCount(1);
    }
    await target.close();
  });
}

test('every content page says when it was last updated, in its language', async ({ page }) => {
  await page.goto('/ru/tariffs/');
  await expect(page.locator('main time[datetime]').last()).toHaveText(/^\d{1,2} [а-я]+ \d{4} г\.$/);
  await page.goto('/tt/tariffs/');
  await expect(page.locator('main').getByText(/Яңартылды:/)).toBeVisible();
});

for (const [locale, label] of [
  ['ru', 'образец'],
  ['tt', 'үрнәк'],
] as const) {
  test(`${locale}: the compliance map marks items shown only with example data as samples, in words`, async ({ page }) => {
    await page.goto(`/${locale}/disclosure/`);
    const samples = page.locator('tr[data-sample]');
    expect(await samples.count()).toBeGreaterThan(0);
    for (const row of await samples.all()) {
      await expect(row.locator('th .badge')).toHaveText(label);
      // Every page a sample row links to is one of example data, and says so beside the link.
      const links = await row.locator('[data-disclosure-link]').count();
      await expect(row.locator('li .meta')).toHaveCount(links);
    }
    // The tariffs are sourced prices, not samples.
    await expect(page.locator('tr[data-requirement="D16"]')).not.toHaveAttribute('data-sample', /.*/);
  });
}

test('check:disclosures lists samples and gaps of the real build, and fails on them only for production', () => {
  const run = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check-disclosures.ts'), stack().distDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  const development = run({ SITE_ENV: '' });
  expect(development.status, development.stderr).toBe(0);
  expect(development.stdout).toMatch(/Carried only by example data \(\d+\):\n {2}SAMPLE D\d\d\/(ru|tt): /);
  // The tariffs page admits its unconfirmed prices; the feedback page that no survey results are published.
  expect(development.stdout).toContain('GAP /ru/tariffs/');
  expect(development.stdout).toContain('GAP /tt/tariffs/');
  const production = run({ SITE_ENV: 'production' });
  expect(production.status).toBe(1);
  expect(production.stdout).toContain('SITE_ENV=production: example data and gaps must be gone before going live.');
});
