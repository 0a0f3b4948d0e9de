import { describe, expect, it } from 'vitest';
import { tariffRecords, tariffsCsv, type TariffEntry } from './tariff-open-data.ts';

const entry = (overrides: Partial<TariffEntry>): TariffEntry => ({
  slug: '2026-01-urban',
  title: 'Городское население',
  consumerGroup: 'urban',
  zone: 'single',
  rangeFromKwh: 0,
  rangeToKwh: 3900,
  priceRub: 5.82,
  validFrom: '2026-01-01',
  validTo: '2026-09-30',
  source: 'https://example.org/a, b',
  isExample: false,
  ...overrides,
});

describe('tariff open data', () => {
  it('one row per price, newest first, with its range, meter and an unconfirmed act', () => {
    const records = tariffRecords(
      [entry({ slug: '2025-07-urban', validFrom: '2025-07-01', validTo: '2025-12-31', rangeFromKwh: null, rangeToKwh: null, priceRub: 5.73 }), entry({})],
      'ru',
    );
    expect(records.map((row) => [row.id, row.range, row.meter, row.price_rub_with_vat, row.act])).toEqual([
      ['2026-01-urban', 1, 'single', 5.82, null],
      ['2025-07-urban', null, 'single', 5.73, null],
    ]);
  });

  it('numbers a range by where it starts', () => {
    expect(tariffRecords([entry({ rangeFromKwh: 6000, rangeToKwh: null })], 'ru')[0]!.range).toBe(3);
  });

  it('writes CSV with a header, quoted commas and empty nulls', () => {
    const lines = tariffsCsv(tariffRecords([entry({})], 'ru'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,valid_from,valid_to,consumer_group,consumer_group_label,meter,zone,range,range_from_kwh,range_to_kwh,price_rub_with_vat,act,act_number,act_date,source,note,is_example',
    );
    expect(lines[1]).toBe('2026-01-urban,2026-01-01,2026-09-30,urban,Городское население,single,single,1,0,3900,5.82,,,,"https://example.org/a, b",,false');
  });

  it('names a confirmed act in the file’s language, with its number and date as fields', () => {
    const act = { actNumber: '5-26/э', actDate: '2025-12-17' };
    expect(tariffRecords([entry(act)], 'ru')[0]).toMatchObject({
      act: 'постановление Госкомитета РТ по тарифам от 17 декабря 2025 г. № 5-26/э',
      act_number: '5-26/э',
      act_date: '2025-12-17',
    });
    expect(tariffRecords([entry(act)], 'tt')[0]!.act).toBe('ТР Тарифлар буенча дәүләт комитеты карары, 2025 елның 17 декабре, № 5-26/э');
    // Half an act is no act: the page and the file say it is not confirmed.
    expect(tariffRecords([entry({ actNumber: '5-26/э' })], 'ru')[0]!.act).toBeNull();
  });
});
