import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { islandWeight } from '../../scripts/lib/island-weight.ts';
import { stack } from '../helpers/stack.ts';

/**
 * «Рассчитать начисление» (issue 11, point 4) in a real browser on the seeded tariffs: reached from the tariffs
 * page, priced at once in the page with JavaScript, and by the CMS's page without it — the same amounts to the
 * kopeck, in both languages. Amounts are worked out by hand from the seeded content (January 2026, range 1: urban
 * 5.82, rural 4.26; range 2 and the zone prices are not confirmed, so they have kWh and no amount).
 */
const STRINGS = { ru, tt } as const;
const NBSP = '\u00a0';

async function hydrated(page: Page) {
  await expect(page.locator('form#estimate-form[data-hydrated]')).toHaveCount(1);
}

for (const locale of ['ru', 'tt'] as const) {
  const s = STRINGS[locale];

  test(`${locale}: from the tariffs page, a month priced by range at once; readings that rolled over; bad input named`, async ({ page }) => {
    await page.goto(`/${locale}/tariffs/`);
    await page.getByRole('link', { name: s['estimate.link'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/tariffs/estimate/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s['estimate.title']);
    await hydrated(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    // 4 000 kWh in January 2026, city, gas stove: 3 900 × 5.82 = 22 698.00; 100 kWh of range 2 have no confirmed price.
    await page.getByRole('radio', { name: s['estimate.field.group.option.urban'] }).check();
    await expect(page.getByLabel(s['estimate.field.heating.label'])).toBeHidden();
    await page.getByLabel(s['estimate.field.month.label']).selectOption('2026-01');
    await page.getByLabel(s['estimate.field.kwhSingle.label'], { exact: true }).fill('4000');
    await page.getByRole('button', { name: s['estimate.submit'] }).click();
    const result = page.locator('[data-estimate]');
    await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(result.locator('[data-total]')).toHaveText(`22${NBSP}698,00`);
    await expect(result.locator('[data-line="single-1"] td').nth(2)).toHaveText(`5,82`);
    await expect(result.locator('[data-line="single-2"]')).toContainText(s['estimate.result.unconfirmed']);
    await expect(result).toContainText(s['estimate.rule.ranges']);
    await expect(result).toContainText(s['estimate.rule.unconfirmed']);
    await expect(result.locator('table caption')).toContainText(locale === 'ru' ? 'январь 2026 г.' : '2026 елның гыйнвары');
    // Priced in the page: nothing was asked of the server.
    expect(requests).toEqual([]);

    // Readings: current below previous is refused until the rollover is ticked; then 99 950 → 250 is 300 kWh.
    await page.getByRole('radio', { name: s['estimate.field.mode.option.readings'] }).check();
    await expect(page.getByLabel(s['estimate.field.kwhSingle.label'], { exact: true })).toBeHidden();
    await page.getByLabel(s['estimate.field.previousSingle.label'], { exact: true }).fill('99950');
    await page.getByLabel(s['estimate.field.currentSingle.label'], { exact: true }).fill('250');
    await page.getByRole('button', { name: s['estimate.submit'] }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: s['estimate.error.reading.below'] })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${s['form.errorPrefix']} `));
    await expect(result).toHaveCount(0);
    await page.getByLabel(s['estimate.field.rolledOver.label']).check();
    await page.getByRole('button', { name: s['estimate.submit'] }).click();
    await expect(result.locator('[data-total]')).toHaveText(`1${NBSP}746,00`);
    await expect(page).not.toHaveTitle(new RegExp(`^${s['form.errorPrefix']}`));

    // Not a number, and a two-zone meter whose zone prices are not confirmed yet: kWh shown, no amount.
    await page.getByRole('radio', { name: s['estimate.field.mode.option.volume'] }).check();
    await page.getByLabel(s['estimate.field.kwhSingle.label'], { exact: true }).fill('сто');
    await page.getByRole('button', { name: s['estimate.submit'] }).click();
    await expect(summary.getByRole('link', { name: s['estimate.error.kwh.invalid'] })).toBeVisible();
    await page.getByRole('radio', { name: s['estimate.field.meterZones.option.day-night'] }).check();
    await page.getByLabel(s['estimate.field.kwhDay.label']).fill('200');
    await page.getByLabel(s['estimate.field.kwhNight.label']).fill('100');
    await page.getByRole('button', { name: s['estimate.submit'] }).click();
    await expect(result.locator('[data-total]')).toHaveText('0,00');
    await expect(result).toContainText(s['estimate.result.unpriced'].replace('{kwh}', '300'));
  });
}

test('without JavaScript: the CMS prices the same form, in Tatar, and names what to fix', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { cmsUrl } = stack();
  await page.goto('/tt/tariffs/estimate/');
  await page.getByRole('radio', { name: tt['estimate.field.group.option.rural'] }).check();
  // CSS alone shows the heating-season box for a rural home, and the readings boxes only when asked for.
  await expect(page.getByLabel(tt['estimate.field.heating.label'])).toBeVisible();
  await expect(page.getByLabel(tt['estimate.field.previousSingle.label'], { exact: true })).toBeHidden();
  await page.getByLabel(tt['estimate.field.month.label']).selectOption('2026-01');
  await page.getByLabel(tt['estimate.field.kwhSingle.label'], { exact: true }).fill('-100');
  await page.getByRole('button', { name: tt['estimate.submit'] }).click();

  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/estimate\\?`));
  await expect(page).toHaveTitle(/^Хата: /);
  await expect(page.locator('html')).toHaveAttribute('lang', 'tt');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText(tt['estimate.error.kwh.invalid']);
  await expect(page.getByLabel(tt['estimate.field.kwhSingle.label'], { exact: true })).toHaveValue('-100');
  await expect(page.getByRole('radio', { name: tt['estimate.field.group.option.rural'] })).toBeChecked();

  // 100 kWh, rural, January 2026: 100 × 4.26 = 426.00.
  await page.getByLabel(tt['estimate.field.kwhSingle.label'], { exact: true }).fill('100');
  await page.getByRole('button', { name: tt['estimate.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['estimate.title']);
  await expect(page).not.toHaveTitle(/^Хата: /);
  await expect(page.locator('[data-estimate] [data-total]')).toHaveText(`426,00`);
  await expect(page.locator('[data-estimate]')).toContainText(tt['estimate.rule.ranges']);

  // The address is the answer: reloading or sharing it gives the same page; a month with no tariff is named.
  const response = await page.request.get(page.url());
  expect(response.status()).toBe(200);
  const noTariff = await page.request.get(`${cmsUrl}/api/intake/estimate?locale=ru&group=urban&meterZones=single&month=2020-01&mode=volume&kwhSingle=100`);
  expect(noTariff.status()).toBe(422);
  expect(await noTariff.text()).toContain(ru['estimate.error.month.noTariff']);
  await context.close();
});

test('the estimate page ships at most 70 KB of JavaScript (brotli), the build names every file the browser loads, and every form page keeps within it, none loading React DOM', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/ru/tariffs/estimate/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  const weight = islandWeight(stack().distDir, 'ru/tariffs/estimate/index.html');
  expect([...new Set(scripts)].sort()).toEqual(weight.eager.map((file) => file.file).sort());
  console.log(`Estimate page JavaScript: ${(weight.totalBrotliBytes / 1024).toFixed(1)} KB brotli (${weight.eager.length} files + inline)`);
  expect(weight.totalBrotliBytes).toBeLessThanOrEqual(70 * 1024);
  // The intake's own form pages keep within it too (their contracts on zod/mini; README, Measurements), and the browser
  // runs them on Preact: React DOM (57 KB brotli, its production build says «Minified React error») stays on the server.
  const requests = ['contract', 'e-bill', 'meter-work', 'tariff-benefit', 'tariff-variant'].map((type) => `ru/services/${type}`);
  for (const form of ['ru/tariffs/estimate', 'ru/appeal', 'ru/appeal/status', 'ru/readings', 'ru/outages/report', ...requests]) {
    const formWeight = islandWeight(stack().distDir, `${form}/index.html`);
    expect(formWeight.totalBrotliBytes, form).toBeLessThanOrEqual(70 * 1024);
    for (const file of formWeight.eager) expect(readFileSync(path.join(stack().distDir, file.file), 'utf8'), `${form}: ${file.file}`).not.toContain('Minified React error');
  }
});
