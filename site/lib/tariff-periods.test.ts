import { describe, expect, it } from 'vitest';
import { headlinePrices, tariffPeriods } from './tariff-periods.ts';

describe('tariffPeriods', () => {
  const tariffs = [
    { validFrom: '2025-07-01', validTo: '2025-12-31', id: 'a' },
    { validFrom: '2026-01-01', validTo: '2026-09-30', id: 'b' },
    { validFrom: '2026-10-01', validTo: null, id: 'c' },
    { validFrom: '2026-01-01', validTo: '2026-09-30', id: 'd' },
  ];

  it('groups by period, newest first, and marks the one in force', () => {
    const periods = tariffPeriods(tariffs, '2026-11-27');
    expect(periods.map((period) => [period.validFrom, period.current, period.tariffs.map((tariff) => tariff.id)])).toEqual([
      ['2026-10-01', true, ['c']],
      ['2026-01-01', false, ['b', 'd']],
      ['2025-07-01', false, ['a']],
    ]);
  });

  it('includes the last day of a period', () => {
    expect(tariffPeriods(tariffs, '2026-09-30').find((period) => period.current)?.validFrom).toBe('2026-01-01');
  });
});

describe('headlinePrices', () => {
  const tariff = (id: string, consumerGroup: string, zone: string, rangeFromKwh: number | null, validFrom = '2026-10-01') => ({
    id,
    consumerGroup,
    zone,
    rangeFromKwh,
    validFrom,
    validTo: null,
  });

  it('takes each group’s single-rate price of the first range in the period in force', () => {
    const prices = headlinePrices(
      [
        tariff('urban-2', 'urban', 'single', 3901),
        tariff('urban-1', 'urban', 'single', null),
        tariff('urban-day', 'urban', 'day', null),
        tariff('rural-1', 'rural', 'single', 0),
        tariff('rural-old', 'rural', 'single', null, '2026-01-01'),
      ],
      '2026-12-06',
    );
    expect(prices.map((price) => price.id).sort()).toEqual(['rural-1', 'urban-1']);
  });

  it('says nothing when no period is in force', () => {
    expect(headlinePrices([tariff('later', 'urban', 'single', null, '2027-01-01')], '2026-12-06')).toEqual([]);
  });
});
