import { describe, expect, it } from 'vitest';
import { conditionalCss, fieldsOf } from '../contracts/form-spec';
import { UI } from '../i18n';
import { LOCALES } from '../locales';
import { METER_TARIFF_ZONES, zoneField, type TariffPrice } from './estimate';
import { defaultMonth, estimateForm, estimateMonths, monthStrings, tariffPrice } from './estimate-form';

const price = (validFrom: string, validTo: string | null): TariffPrice => ({ consumerGroup: 'urban', zone: 'single', priceRub: 5, validFrom, validTo });

describe('the months an estimate offers', () => {
  it('lists every month a published price covers on its first day, oldest first, without duplicates', () => {
    const prices = [price('2025-07-01', '2025-12-31'), price('2025-07-01', '2025-12-31'), price('2025-01-01', '2025-06-30')];
    expect(estimateMonths(prices, '2025-09-15')).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
  });

  it('runs an open period to December of its first year, or on to the current month', () => {
    expect(estimateMonths([price('2026-10-01', null)], '2026-12-03')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(estimateMonths([price('2026-10-01', null)], '2027-02-10')).toEqual(['2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('leaves out a month whose first day no period covers', () => {
    expect(estimateMonths([price('2026-03-15', '2026-05-31')], '2026-04-01')).toEqual(['2026-04', '2026-05']);
    expect(estimateMonths([price('2025-01-01', '2025-01-31'), price('2025-03-01', '2025-03-31')], '2025-03-01')).toEqual(['2025-01', '2025-03']);
  });

  it('starts on the current month when it can be priced, else on the latest that can', () => {
    expect(defaultMonth(['2026-10', '2026-11', '2026-12'], '2026-11-30')).toBe('2026-11');
    expect(defaultMonth(['2025-01', '2025-02'], '2026-11-30')).toBe('2025-02');
  });

  it('keeps only what the estimate needs of an entry, with a decimal price as a number', () => {
    const entry = { ...price('2026-01-01', null), priceRub: '5.82' as unknown as number, title: 'Город', note: 'x', source: 'https://example.org' };
    expect(tariffPrice(entry)).toEqual({
      consumerGroup: 'urban',
      zone: 'single',
      meterZones: null,
      rangeFromKwh: null,
      rangeToKwh: null,
      priceRub: 5.82,
      validFrom: '2026-01-01',
      validTo: null,
    });
  });
});

describe('the estimate form', () => {
  const spec = estimateForm(['2026-01', '2026-02'], '2026-02');
  const names = fieldsOf(spec).map((field) => field.name);

  it('has a box for every value the estimate reads, of every meter, in both modes', () => {
    for (const zones of Object.values(METER_TARIFF_ZONES))
      for (const zone of zones) for (const kind of ['kwh', 'previous', 'current'] as const) expect(names).toContain(zoneField(kind, zone));
    expect(names).toEqual(expect.arrayContaining(['group', 'meterZones', 'month', 'mode', 'largeFamily', 'heating', 'rolledOver']));
  });

  it('is a GET form that starts on the chosen month', () => {
    expect(spec.method).toBe('get');
    expect(fieldsOf(spec).find((field) => field.name === 'month')).toMatchObject({ kind: 'select', options: ['2026-01', '2026-02'], initial: '2026-02' });
  });

  it('shows a zone’s kWh only for its meters and only when volumes are asked, by CSS alone', () => {
    const css = conditionalCss(spec, '#f').split('\n');
    const hides = (field: string) => css.filter((rule) => rule.endsWith(`[data-field="${field}"]{display:none}`)).map((rule) => rule.replace(/^#f:has\(|\) \[data-field.*$/g, ''));
    expect(hides('kwhNight')).toEqual(['[name="mode"][value="readings"]:checked', '[name="meterZones"][value="single"]:checked']);
    expect(hides('currentDay')).toEqual([
      '[name="mode"][value="volume"]:checked',
      '[name="meterZones"][value="single"]:checked',
      '[name="meterZones"][value="three-zone"]:checked',
    ]);
    expect(hides('heating')).toEqual(['[name="group"][value="urban"]:checked']);
  });

  it.each(LOCALES)('has every label, option and section in %s, and names the months in words', (locale) => {
    const strings = { ...UI[locale], ...monthStrings(locale, ['2026-01']) };
    for (const field of fieldsOf(spec)) {
      expect(strings).toHaveProperty([`estimate.field.${field.name}.label`]);
      if (field.hint) expect(strings).toHaveProperty([`estimate.field.${field.name}.hint`]);
      if (field.kind === 'radios') for (const option of field.options ?? []) expect(strings).toHaveProperty([`estimate.field.${field.name}.option.${option}`]);
    }
    for (const section of spec.sections) expect(strings).toHaveProperty([`estimate.section.${section.name}`]);
    expect(strings['estimate.field.month.option.2026-01']).toBe(locale === 'ru' ? 'январь 2026 г.' : '2026 елның гыйнвары');
  });
});
