import { describe, expect, it } from 'vitest';
import { tariffPeriods } from './tariff-periods.ts';

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
