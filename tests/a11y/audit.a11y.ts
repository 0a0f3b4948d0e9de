import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { VISION_OPTIONS, VISION_STORAGE_KEY } from '../../site/lib/vision.ts';
import { REPORT_DIR, criteriaOf, IGNORED_RULES, writeAuditReport, type AuditCheck } from '../helpers/audit-report.ts';
import { PAGE_TYPES, sitemapPaths, stack, TEST_SITE_PORT } from '../helpers/stack.ts';
import { PA11Y_STANDARD, PA11Y_VERSION, pa11yAudit } from '../helpers/pa11y-audit.ts';
import { renamedExe, tinyPdf } from '../helpers/files.ts';
import { asOneVisitor, post, validAppeal } from '../helpers/intake.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { waitForMails } from '../helpers/smtp-capture.ts';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';

/**
 * `npm run audit` — axe over every page of the sitemap in both languages at 320 and 1280 px, one page of every
 * page type in every visually-impaired colour scheme at the largest text size, and the interactive states; and
 * pa11y (HTML_CodeSniffer, WCAG2AA) over every page of the sitemap. Any violation or error fails; the report, both
 * engines side by side, is written either way (tests/helpers/audit-report.ts).
 */
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const checks: AuditCheck[] = [];
const started = new Date();
let axeVersion = 'unknown';

// Each test audits up to 150 page states (every page, or every page type in five schemes): far more than the
// default two minutes on a shared two-core machine.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

async function audit(page: Page, label: string, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .disableRules(IGNORED_RULES.map((item) => item.rule))
    // Every rule still runs; only the violations come back in full (passes and the rest as one node each), which
    // spares the serialising of thousands of passing nodes per page.
    .options({ resultTypes: ['violations'] })
    .analyze();
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
        await page
          .locator(String(node.target[0]))
          .first()
          .screenshot({ path: path.join(REPORT_DIR, 'shots', name), timeout: 3000 });
        screenshot = `shots/${name}`;
      } catch {
        /* element not visible: the markup is still reported */
      }
      nodes.push({ html: node.html, target, failure: node.failureSummary ?? '', screenshot });
    }
    violations.push({ rule: violation.id, impact: violation.impact ?? null, help: violation.help, helpUrl: violation.helpUrl, criteria: criteriaOf(violation.tags), nodes });
  }
  checks.push({ page: label, state, engine: 'axe', violations });
  return violations.map((violation) => `${violation.rule}: ${violation.nodes.map((node) => node.target).join(', ')}`);
}

/** How many pages are audited at once: one browser tab each, so that axe (in the page) keeps both cores busy. */
const TABS = 2;

/**
 * Audits each path in its state, TABS at a time (the order of the report is the order of `paths`). `ready` runs
 * after the page has loaded and before axe, for what a state must show first.
 */
async function auditPaths(
  context: BrowserContext,
  paths: string[],
  state: string,
  { width, ready = async () => undefined }: { width?: number; ready?: (page: Page) => Promise<void> } = {},
): Promise<string[]> {
  const queue = paths.map((pagePath, index) => ({ pagePath, index }));
  const found: string[][] = [];
  const tab = async (page: Page) => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await page.goto(job.pagePath);
      await ready(page);
      found[job.index] = (await audit(page, job.pagePath, state)).map((violation) => `${job.pagePath} (${state}): ${violation}`);
    }
  };
  const open = async () => {
    const page = await context.newPage();
    if (width) await page.setViewportSize({ width, height: 900 });
    return page;
  };
  await Promise.all(Array.from({ length: TABS }, async () => tab(await open())));
  return found.flat();
}

for (const width of [320, 1280]) {
  for (const locale of ['ru', 'tt'] as const) {
    test(`every ${locale} page at ${width} px`, async ({ context }) => {
      // One axe run per page of the sitemap (one to three seconds each on a busy 2-core machine): the time grows with
      // the site, so these tests keep the suite's ten minutes (above).
      const paths = sitemapPaths().filter((candidate) => candidate.startsWith(`/${locale}/`));
      expect(await auditPaths(context, paths, `${width} px`, { width })).toEqual([]);
    });
  }
}

for (const locale of ['ru', 'tt'] as const) {
  test(`pa11y (HTML_CodeSniffer, ${PA11Y_STANDARD}): every ${locale} page`, async () => {
    const paths = sitemapPaths().filter((candidate) => candidate.startsWith(`/${locale}/`));
    const results = await pa11yAudit(paths.map((pagePath) => `http://127.0.0.1:${TEST_SITE_PORT}${pagePath}`));
    const found: string[] = [];
    paths.forEach((pagePath, index) => {
      const violations = results[index]!;
      checks.push({ page: pagePath, state: `pa11y ${PA11Y_STANDARD}`, engine: 'pa11y', violations });
      found.push(...violations.map((violation) => `${pagePath}: ${violation.rule} ${violation.nodes.map((node) => node.target).join(', ')}`));
    });
    expect(found).toEqual([]);
  });
}

// One test per colour scheme: 17 page types × 2 languages = 34 axe runs each, at the largest text size.
for (const scheme of VISION_OPTIONS.find((option) => option.name === 'scheme')!.values.filter((value) => value !== 'default')) {
  test(`every page type in the ${scheme} colour scheme at the largest text size`, async ({ context }) => {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [VISION_STORAGE_KEY, JSON.stringify({ size: '5', scheme })] as const);
    const paths = PAGE_TYPES.flatMap((type) => ['ru', 'tt'].map((locale) => `/${locale}/${type}`));
    const found = await auditPaths(context, paths, `${scheme}, 200 %`, { ready: (page) => expect(page.locator('html')).toHaveAttribute('data-vi-scheme', scheme) });
    expect(found).toEqual([]);
  });
}

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
      await expect(page.locator('form.finder-filters[data-hydrated]')).toBeVisible();
      await expect(page.locator('.finder-status')).not.toBeEmpty();
      if (state === 'map open') await expect(page.locator('.office-marker').first()).toBeVisible();
      found.push(...(await audit(page, `/${locale}/offices/`, `finder: ${state}`)).map((violation) => `/${locale}/offices/ ${state}: ${violation}`));
    }
  }
  expect(found).toEqual([]);
});

test('form states: errors, receipts and status, in the page and on the CMS’s pages without JavaScript', async ({ page }) => {
  const found: string[] = [];
  const check = async (label: string, state: string) => found.push(...(await audit(page, label, state)).map((violation) => `${label} ${state}: ${violation}`));
  for (const locale of ['ru', 'tt'] as const) {
    const s = locale === 'ru' ? ru : tt;
    await page.goto(`/${locale}/appeal/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await check(`/${locale}/appeal/`, 'all errors');
    await page.getByRole('radio', { name: s['appeal.field.applicantType.option.legal-entity'] }).check();
    await page.getByRole('radio', { name: s['appeal.field.replyChannel.option.post'] }).check();
    await page.getByLabel(s['appeal.field.name.label']).fill('ООО «Ромашка»');
    await page.getByLabel(s['appeal.field.postalAddress.label'], { exact: true }).fill('420021, Казань, ул. Примерная, д. 1');
    await page.getByRole('radio', { name: s['appeal.field.topic.option.contract'] }).check();
    await page.getByLabel(s['appeal.field.text.label']).fill('<b>Текст</b> с разметкой');
    await page.getByLabel(s['appeal.field.consent.label']).check();
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    await check(`/${locale}/appeal/`, 'one error (markup)');
    await page.getByLabel(s['appeal.field.text.label']).fill('Прошу выслать копию договора энергоснабжения.');
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    await expect(page.locator('.receipt-panel')).toBeVisible();
    await check(`/${locale}/appeal/`, 'receipt');
    const number = (await page.locator('[data-receipt="number"]').textContent())!;
    const code = (await page.locator('[data-receipt="code"]').textContent())!;

    await page.goto(`/${locale}/appeal/status/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByRole('button', { name: s['status.submit'] }).click();
    await check(`/${locale}/appeal/status/`, 'errors');
    await page.getByLabel(s['status.field.number.label']).fill(number);
    await page.getByLabel(s['status.field.code.label']).fill(code);
    await page.getByRole('button', { name: s['status.submit'] }).click();
    await expect(page.locator('[data-status]')).toBeVisible();
    await check(`/${locale}/appeal/status/`, 'status');

    await page.goto(`/${locale}/readings/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByRole('radio', { name: s['readings.field.meterZones.option.three-zone'] }).check();
    await page.getByRole('button', { name: s['readings.submit'] }).click();
    await check(`/${locale}/readings/`, 'errors, three-zone meter');
    await page.getByLabel(s['readings.field.accountNumber.label']).fill('1234567890');
    for (const field of ['readingPeak', 'readingNight', 'readingSemiPeak'] as const) await page.getByLabel(s[`readings.field.${field}.label`]).fill('100');
    await page.getByRole('button', { name: s['readings.submit'] }).click();
    await expect(page.locator('.receipt-panel')).toBeVisible();
    await check(`/${locale}/readings/`, 'receipt');

    await page.goto(`/${locale}/services/meter-work/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByRole('radio', { name: s['appeal.field.applicantType.option.legal-entity'] }).check();
    await page.getByRole('button', { name: s['meter.submit'] }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await check(`/${locale}/services/meter-work/`, 'all errors, organisation');

    await page.goto(`/${locale}/tariffs/estimate/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByRole('radio', { name: s['estimate.field.mode.option.readings'] }).check();
    await page.getByRole('button', { name: s['estimate.submit'] }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await check(`/${locale}/tariffs/estimate/`, 'errors, readings');
    await page.getByRole('radio', { name: s['estimate.field.mode.option.volume'] }).check();
    await page.getByRole('radio', { name: s['estimate.field.group.option.urban-electric'] }).check();
    await page.getByRole('radio', { name: s['estimate.field.meterZones.option.three-zone'] }).check();
    for (const field of ['kwhPeak', 'kwhNight', 'kwhHalfPeak'] as const) await page.getByLabel(s[`estimate.field.${field}.label`]).fill('2000');
    await page.getByRole('button', { name: s['estimate.submit'] }).click();
    await expect(page.locator('[data-estimate]')).toBeVisible();
    await check(`/${locale}/tariffs/estimate/`, 'result, three zones over range 1');
  }

  // The CMS's own pages, as a browser without JavaScript gets them: the site's form submitted natively (form.submit()
  // skips the island's handler), so axe can still run in the page (it needs timers, which a JavaScript-less page lacks).
  const submitNatively = (form: string) => page.evaluate((selector) => document.querySelector<HTMLFormElement>(selector)!.submit(), form);
  await page.goto('/ru/appeal/');
  await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
  await page.getByLabel(ru['appeal.field.name.label']).fill('Петров Пётр');
  await submitNatively('#appeal-form');
  await expect(page.locator('.error-summary')).toBeFocused();
  await check('CMS: appeal form', 'errors, no JavaScript');
  await page.getByRole('radio', { name: ru['appeal.field.replyChannel.option.phone'] }).check();
  await page.getByLabel(ru['appeal.field.phone.label']).fill('8 917 000-00-00');
  await page.getByRole('radio', { name: ru['appeal.field.topic.option.other'] }).check();
  await page.getByLabel(ru['appeal.field.text.label']).fill('Проверка страниц без JavaScript.');
  await page.getByLabel(ru['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: ru['appeal.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru['appeal.done.title']);
  await check('CMS: appeal receipt', 'no JavaScript');
  const number = (await page.locator('dl.receipt strong').textContent())!;
  const code = (await page.locator('dl.receipt .code').textContent())!;
  await page.goto('/tt/appeal/status/');
  await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
  await page.getByLabel(tt['status.field.number.label']).fill(number);
  await page.getByLabel(tt['status.field.code.label']).fill(code);
  await submitNatively('#status-form');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['status.title']);
  await check('CMS: status', 'no JavaScript');
  await page.goto('/tt/readings/');
  await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
  await submitNatively('#readings-form');
  await expect(page.locator('.error-summary')).toBeFocused();
  await check('CMS: readings form', 'errors, no JavaScript');
  await page.goto('/ru/tariffs/estimate/');
  await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
  await submitNatively('#estimate-form');
  await expect(page.locator('.error-summary')).toBeFocused();
  await check('CMS: estimate', 'errors, no JavaScript');
  await page.getByRole('radio', { name: ru['estimate.field.group.option.urban'] }).check();
  await page.getByLabel(ru['estimate.field.kwhSingle.label'], { exact: true }).fill('6500');
  await page.getByRole('button', { name: ru['estimate.submit'] }).click();
  await expect(page.locator('[data-estimate]')).toBeVisible();
  await check('CMS: estimate', 'result, no JavaScript');
  expect(found).toEqual([]);
});

test('form states with documents: files refused and the receipt listing them, in the page and on the CMS’s page without JavaScript', async ({ page }) => {
  // A visitor of its own for the intake's rate limits (the test Strapi trusts X-Forwarded-For).
  await asOneVisitor(page);
  const found: string[] = [];
  const check = async (label: string, state: string) => found.push(...(await audit(page, label, state)).map((violation) => `${label} ${state}: ${violation}`));
  const files = [
    { name: 'program.pdf', mimeType: 'application/pdf', buffer: renamedExe() },
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
  ];
  for (const locale of ['ru', 'tt'] as const) {
    const s = locale === 'ru' ? ru : tt;
    await page.goto(`/${locale}/services/meter-work/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByRole('radio', { name: s['meter.field.meterWork.option.verify'] }).check();
    await page.getByLabel(s['request.field.premisesAddress.label']).fill('Казань, ул. Примерная, 1');
    await page.getByLabel(s['appeal.field.name.label']).fill('Иванова Мария');
    await page.getByLabel(s['appeal.field.accountNumber.label']).fill('1234567890');
    await page.getByLabel(s['appeal.field.phone.label']).fill('8 917 123-45-67');
    await page.getByLabel(s['appeal.field.consent.label']).check();
    await page.getByLabel(s['appeal.field.attachments.label']).setInputFiles(files);
    await page.getByRole('button', { name: s['meter.submit'] }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await check(`/${locale}/services/meter-work/`, 'a file refused');
    await page.getByLabel(s['appeal.field.attachments.label']).setInputFiles([files[1]!]);
    await page.getByRole('button', { name: s['meter.submit'] }).click();
    await expect(page.locator('[data-receipt="files"]')).toBeVisible();
    await check(`/${locale}/services/meter-work/`, 'receipt with a file');
    // The contract request with every conditional field shown (a new owner's date, an organisation's ИНН) and wrong.
    await page.goto(`/${locale}/services/contract/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByRole('radio', { name: s['contract.field.contractAction.option.re-register'] }).check();
    await page.getByRole('radio', { name: s['appeal.field.applicantType.option.legal-entity'] }).check();
    await page.getByLabel(s['contract.field.taxId.label']).fill('7707083894');
    await page.getByRole('button', { name: s['contract.submit'] }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await check(`/${locale}/services/contract/`, 'an organisation re-registering, errors');
  }
  await page.goto('/ru/appeal/');
  await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
  await page.getByLabel(ru['appeal.field.attachments.label']).setInputFiles(files);
  await page.evaluate(() => document.querySelector<HTMLFormElement>('#appeal-form')!.submit());
  await expect(page.locator('.error-summary')).toBeFocused();
  await check('CMS: appeal form', 'files refused, no JavaScript');
  expect(found).toEqual([]);
});

test('feedback states: a page’s «полезна ли» thanked in place and by the CMS’s page; an answer’s score form with its errors and its thanks', async ({ page }) => {
  await asOneVisitor(page);
  const found: string[] = [];
  const check = async (label: string, state: string) => found.push(...(await audit(page, label, state)).map((violation) => `${label} ${state}: ${violation}`));
  for (const locale of ['ru', 'tt'] as const) {
    const s = locale === 'ru' ? ru : tt;
    await page.goto(`/${locale}/faq/`);
    await page.locator('#page-feedback').getByRole('button', { name: s['feedback.yes'], exact: true }).click();
    await expect(page.locator('#page-feedback-message')).toHaveText(s['feedback.thanks']);
    await check(`/${locale}/faq/`, 'feedback thanked in place');
  }
  // Without JavaScript: the form itself, posted (form.submit() with the answer, as its button would send it).
  await page.goto('/tt/faq/');
  await page.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>('#page-feedback')!;
    const answer = Object.assign(document.createElement('input'), { type: 'hidden', name: 'helpful', value: 'no' });
    form.append(answer);
    form.submit();
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['feedback.done.title']);
  await check('CMS: page feedback thanks', 'no JavaScript');

  // An answer's score, by its e-mail's link: the CMS's form, its errors and its thanks.
  const email = `audit-rate-${Date.now()}@example.org`;
  const registered = await post(`${stack().cmsUrl}/api/intake/appeals`, validAppeal({ replyChannel: 'email', email }));
  const { number } = registered.json!.data as { number: string };
  await waitForMails(stack().mailDir, email, 1);
  const officer = await (await StrapiAdmin.login()).createUser('tes-appeals-officer', `officer-audit-${Date.now()}@example.test`);
  const { data: queue } = await officer.request<{ data: Array<{ documentId: string; number: string }> }>('GET', '/appeals-desk/appeals');
  await officer.request('POST', `/appeals-desk/appeals/${queue.find((item) => item.number === number)!.documentId}/answer`, { answer: 'Ответ.', answerChannel: 'email' });
  const link = /https?:\/\/\S+\/api\/intake\/satisfaction\/[\w-]+/.exec((await waitForMails(stack().mailDir, email, 2))[1]!.text)![0];
  await page.goto(`${link}?lang=ru`);
  await check('CMS: satisfaction form', 'empty');
  await page.evaluate(() => document.querySelector<HTMLFormElement>('#satisfaction-form')!.submit());
  await expect(page.locator('.error-summary')).toBeFocused();
  await check('CMS: satisfaction form', 'errors');
  await page.getByRole('radio', { name: ru['satisfaction.field.score.option.4'] }).check();
  await page.evaluate(() => document.querySelector<HTMLFormElement>('#satisfaction-form')!.submit());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru['satisfaction.done.title']);
  await check('CMS: satisfaction thanks', 'no JavaScript');
  expect(found).toEqual([]);
});

test('outage states: the street search filtering, the subscription refused and sent, and its confirm and unsubscribe pages (CMS)', async ({ page }) => {
  await asOneVisitor(page);
  const found: string[] = [];
  const check = async (label: string, state: string) => found.push(...(await audit(page, label, state)).map((violation) => `${label} ${state}: ${violation}`));
  await page.goto('/ru/outages/');
  await page.getByRole('main').getByRole('search').getByLabel(ru['outages.search.label']).fill('примерная');
  await expect(page.locator('#street-search-count')).not.toBeEmpty();
  await check('/ru/outages/', 'street search filtered');
  // The subscription form, posted as a browser without JavaScript posts it.
  const submitNatively = () => page.evaluate(() => document.querySelector<HTMLFormElement>('#subscribe-form')!.submit());
  await page.goto('/tt/outages/arsk/');
  await submitNatively();
  await expect(page.locator('.error-summary')).toBeFocused();
  await check('CMS: subscription form', 'errors, no JavaScript');
  const email = `audit-subscribe-${Date.now()}@example.org`;
  await page.goto('/tt/outages/arsk/');
  await page.getByLabel(tt['subscribe.field.email.label']).fill(email);
  await page.getByLabel(tt['appeal.field.consent.label']).check();
  await submitNatively();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['subscribe.sent.title']);
  await check('CMS: subscription sent', 'no JavaScript');
  const [mail] = await waitForMails(stack().mailDir, email, 1);
  const confirm = /https?:\/\/\S+\/api\/intake\/outage-subscriptions\/confirm\/[\w-]+/.exec(mail!.text)![0];
  await page.goto(`${confirm}?lang=tt`);
  await check('CMS: subscription confirm', 'the button');
  await page.getByRole('button', { name: tt['subscribe.confirm.button'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['subscribe.confirmed.title']);
  await check('CMS: subscription confirmed', 'no JavaScript');
  expect(found).toEqual([]);
});

test.afterAll(() => {
  const summary = writeAuditReport(checks, { axeVersion, pa11yVersion: PA11Y_VERSION, startedAt: started, durationSeconds: (Date.now() - started.getTime()) / 1000 });
  console.log(`Audit: ${summary.checks} checks on ${summary.pages} pages, ${summary.violations} violations → reports/a11y/index.html`);
});
