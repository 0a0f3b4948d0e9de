import { expect, test } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import type { OpenDataTariff } from '../../site/lib/tariff-open-data.ts';

/** The tariffs as open data (issue 11, point 3): one row per price, linked from the tariffs page in both languages. */
const NOTICE = { ru: 'Не подтверждено', tt: 'Расланмаган' } as const;

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: the tariffs download as JSON and CSV, one row per price, and the page says what is not confirmed`, async ({ page, request }) => {
    await page.goto(`/${locale}/tariffs/`);
    await expect(page.locator('[data-unconfirmed]')).toContainText(NOTICE[locale]);
    const json = page.locator(`a[href="/${locale}/tariffs.json"]`);
    const csv = page.locator(`a[href="/${locale}/tariffs.csv"]`);
    await expect(json.locator('xpath=following-sibling::span[1]')).toContainText(/JSON, [\d,]+ КБ/);
    await expect(csv.locator('xpath=following-sibling::span[1]')).toContainText(/CSV, [\d,]+ КБ/);

    const response = await request.get(`/${locale}/tariffs.json`);
    expect(response.headers()['content-type']).toContain('application/json');
    const data = (await response.json()) as { language: string; notes: string; tariffs: OpenDataTariff[] };
    expect(data.language).toBe(locale);
    expect(data.notes.length).toBeGreaterThan(50);
    // Every price on the page is a row of the file, and the other way round.
    const cells = await page.locator('main table tbody tr').count();
    expect(data.tariffs).toHaveLength(cells);
    expect(data.tariffs.map((row) => row.valid_from)).toEqual([...data.tariffs.map((row) => row.valid_from)].sort().reverse());
    // Every period from 2025 on, the first half of 2025 included.
    expect(new Set(data.tariffs.map((row) => row.valid_from))).toEqual(new Set(['2025-01-01', '2025-07-01', '2026-01-01', '2026-10-01']));
    expect(data.tariffs.find((row) => row.valid_from === '2025-01-01' && row.consumer_group === 'urban')).toMatchObject({ price_rub_with_vat: 5.09, range: null, meter: 'single' });
    expect(data.tariffs.find((row) => row.valid_from === '2026-10-01' && row.consumer_group === 'rural')).toMatchObject({ price_rub_with_vat: 4.85, range: 1, range_to_kwh: 3900 });
    // No act is confirmed yet: the file says so with null, never with an invented number.
    expect(data.tariffs.every((row) => row.act === null && row.act_number === null && row.source.startsWith('https://'))).toBe(true);

    const lines = (await (await request.get(`/${locale}/tariffs.csv`)).text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,valid_from,valid_to,consumer_group,/);
    expect(lines).toHaveLength(data.tariffs.length + 1);
  });
}

test('without JavaScript: choosing a group and a meter leaves only those prices, and says where none is confirmed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/tariffs/');
  const rows = page.locator('main table tbody tr');
  const all = await rows.count();
  await page.getByRole('radio', { name: ru['estimate.field.group.option.rural'] }).check();
  const visible = page.locator('main table tbody tr:visible');
  // One rural row per period in the data (2025 H1, 2025 H2, 2026, from October 2026), each still a table row.
  await expect(visible).toHaveCount(4);
  expect(all).toBeGreaterThan(4);
  for (const row of await visible.all()) await expect(row.getByRole('rowheader')).toHaveText(/Сельское население/);
  // No two-zone price is confirmed: the tables say so, period by period, instead of showing an empty table silently.
  await page.getByRole('radio', { name: ru['estimate.field.meterZones.option.day-night'] }).check();
  await expect(visible).toHaveCount(0);
  const missing = page.locator('[data-meter-missing="day-night"]:visible');
  expect(await missing.count()).toBe(await page.locator('main section[aria-labelledby^="period-"], main section[aria-labelledby^="archive-"]').count());
  await expect(missing.first()).toContainText(ru['estimate.field.meterZones.option.day-night']);
  // Every period says which act set its prices, or that the act is not confirmed yet.
  await expect(page.locator('[data-act]').first()).toHaveText(ru['tariffs.act.none']);
  await context.close();
});
