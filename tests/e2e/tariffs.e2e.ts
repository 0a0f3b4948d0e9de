import { expect, test } from '@playwright/test';
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
    expect(data.tariffs.every((row) => row.act === null && row.source.startsWith('https://'))).toBe(true);

    const lines = (await (await request.get(`/${locale}/tariffs.csv`)).text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,valid_from,valid_to,consumer_group,/);
    expect(lines).toHaveLength(data.tariffs.length + 1);
  });
}
