import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI } from '../i18n';
import { amountKopecks, apportion, consumption, estimate, estimateFromForm, type EstimateInput, type TariffPrice } from './estimate';

/**
 * Every expected amount below is worked out by hand (kWh × price, to the kopeck) and written out — never computed
 * by the module under test. The prices are a fixture: range 1 of 2025–2026 as published; the range 2 and 3 and
 * zone prices are made up for the arithmetic and are NOT real tariffs.
 */
const H2_2025 = { validFrom: '2025-07-01', validTo: '2025-12-31' };
const P2026 = { validFrom: '2026-01-01', validTo: '2026-09-30' };
const OCT2026 = { validFrom: '2026-10-01', validTo: null };
const r = (from: number | null, to: number | null) => ({ rangeFromKwh: from, rangeToKwh: to });

const PRICES: TariffPrice[] = [
  { consumerGroup: 'urban', zone: 'single', priceRub: 5.73, ...H2_2025 },
  { consumerGroup: 'urban', zone: 'day', priceRub: 6.0, ...H2_2025 },
  { consumerGroup: 'urban', zone: 'night', meterZones: 'day-night', priceRub: 3.0, ...H2_2025 },
  { consumerGroup: 'rural', zone: 'single', priceRub: 4.19, ...H2_2025 },

  { consumerGroup: 'urban', zone: 'single', priceRub: 5.82, ...r(0, 3900), ...P2026 },
  { consumerGroup: 'urban', zone: 'single', priceRub: 7.0, ...r(3900, 6000), ...P2026 },
  { consumerGroup: 'urban', zone: 'single', priceRub: 9.5, ...r(6000, null), ...P2026 },
  { consumerGroup: 'urban', zone: 'day', priceRub: 6.2, ...r(0, 3900), ...P2026 },
  { consumerGroup: 'urban', zone: 'day', priceRub: 7.4, ...r(3900, 6000), ...P2026 },
  { consumerGroup: 'urban', zone: 'day', priceRub: 9.9, ...r(6000, null), ...P2026 },
  { consumerGroup: 'urban', zone: 'night', meterZones: 'day-night', priceRub: 3.1, ...r(0, 3900), ...P2026 },
  { consumerGroup: 'urban', zone: 'night', meterZones: 'day-night', priceRub: 3.7, ...r(3900, 6000), ...P2026 },
  { consumerGroup: 'urban', zone: 'night', meterZones: 'day-night', priceRub: 4.95, ...r(6000, null), ...P2026 },
  { consumerGroup: 'urban', zone: 'peak', priceRub: 7.0, ...r(0, 3900), ...P2026 },
  { consumerGroup: 'urban', zone: 'night', meterZones: 'three-zone', priceRub: 3.2, ...r(0, 3900), ...P2026 },
  { consumerGroup: 'urban', zone: 'half-peak', priceRub: 5.82, ...r(0, 3900), ...P2026 },
  { consumerGroup: 'urban-electric', zone: 'single', priceRub: 4.96, ...r(0, 3900), ...P2026 },
  { consumerGroup: 'urban-electric', zone: 'single', priceRub: null, ...r(3900, 6000), ...P2026 },

  { consumerGroup: 'urban', zone: 'single', priceRub: 6.47, ...r(0, 3900), ...OCT2026 },
];

const single = (month: string, kwh: number, extra: Partial<EstimateInput> = {}): EstimateInput => ({
  group: 'urban',
  meterZones: 'single',
  month,
  volumes: { single: kwh },
  ...extra,
});
const run = (input: EstimateInput) => {
  const result = estimate(PRICES, input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.estimate;
};
/** Each line as [zone, range, kWh, kopecks]. */
const lines = (input: EstimateInput) => run(input).lines.map((line) => [line.zone, line.range, line.kwh, line.amountKopecks]);

describe('the estimate of a single-rate meter', () => {
  it.each([
    // month, kWh, options, total in kopecks — worked by hand
    ['2025-08', 200, {}, 114_600], // 200 × 5.73 = 1 146.00 (no ranges before 2026)
    ['2025-08', 4500, {}, 2_578_500], // 4 500 × 5.73 = 25 785.00: no range before 2026, however much
    ['2026-01', 0, {}, 0],
    ['2026-01', 1, {}, 582], // 1 × 5.82
    ['2026-01', 3899, {}, 2_269_218], // 3 899 × 5.82 = 22 692.18
    ['2026-01', 3900, {}, 2_269_800], // 3 900 × 5.82 = 22 698.00, all in range 1
    ['2026-01', 3901, {}, 2_270_500], // 22 698.00 + 1 × 7.00
    ['2026-01', 4200, {}, 2_479_800], // 22 698.00 + 300 × 7.00 = 24 798.00 (the example on the tariffs page)
    ['2026-01', 6000, {}, 3_739_800], // 22 698.00 + 2 100 × 7.00 = 37 398.00, nothing in range 3
    ['2026-01', 6001, {}, 3_740_750], // 37 398.00 + 1 × 9.50
    ['2026-01', 7000, {}, 4_689_800], // 22 698.00 + 14 700.00 + 1 000 × 9.50 = 46 898.00
    ['2026-09', 100, {}, 58_200], // the period's last month: 100 × 5.82
    ['2026-10', 100, {}, 64_700], // the next period: 100 × 6.47
    ['2026-01', 7000, { largeFamily: true }, 4_074_000], // large family: 7 000 × 5.82 = 40 740.00
    ['2026-01', 7020, { heating: true }, 4_085_640], // heating season: 7 020 × 5.82 = 40 856.40, all range 1
    ['2026-01', 7021, { heating: true }, 4_086_340], // 40 856.40 + 1 × 7.00
    ['2026-01', 10_800, { heating: true }, 6_731_640], // 40 856.40 + 3 780 × 7.00 = 67 316.40
    ['2026-01', 12_000, { heating: true }, 7_871_640], // 67 316.40 + 1 200 × 9.50 = 78 716.40
    ['2026-01', 12_000, { heating: true, largeFamily: true }, 6_984_000], // the family rule wins: 12 000 × 5.82
  ] as const)('%s, %i kWh %o → %i kopecks', (month, kwh, extra, total) => {
    expect(run(single(month, kwh, extra)).totalKopecks).toBe(total);
  });

  it('a rural home in 2025: 150 × 4.19 = 628.50', () => {
    expect(run({ ...single('2025-12', 150), group: 'rural' }).totalKopecks).toBe(62_850);
  });

  it('splits 6 001 kWh into the three ranges, stepwise', () => {
    expect(lines(single('2026-01', 6001))).toEqual([
      ['single', 1, 3900, 2_269_800],
      ['single', 2, 2100, 1_470_000],
      ['single', 3, 1, 950],
    ]);
    expect(run(single('2026-01', 6001)).rules).toEqual(['estimate.rule.ranges', 'estimate.rule.rounding']);
  });

  it('moves the bounds to 7 020 and 10 800 in the heating season', () => {
    expect(run(single('2026-01', 100, { heating: true })).bounds).toEqual([7020, 10800]);
    expect(run(single('2026-01', 100)).bounds).toEqual([3900, 6000]);
    expect(run(single('2025-08', 100)).bounds).toEqual([]);
  });

  it('shows the kWh of an unconfirmed price without an amount and leaves them out of the total', () => {
    const result = run({ ...single('2026-01', 4000), group: 'urban-electric' });
    expect(result.lines.map((line) => [line.range, line.kwh, line.priceRub, line.amountKopecks])).toEqual([
      [1, 3900, 4.96, 1_934_400], // 3 900 × 4.96 = 19 344.00
      [2, 100, null, null],
    ]);
    expect([result.totalKopecks, result.unpricedKwh]).toEqual([1_934_400, 100]);
    expect(result.rules).toContain('estimate.rule.unconfirmed');
  });

  it('refuses a month no tariff covers', () => {
    expect(estimate(PRICES, single('2024-12', 100))).toEqual({ ok: false, errors: [{ field: 'month', key: 'estimate.error.month.noTariff' }] });
  });
});

describe('the estimate of a multi-zone meter', () => {
  const dayNight = (month: string, day: number, night: number): EstimateInput => ({ group: 'urban', meterZones: 'day-night', month, volumes: { day, night } });

  it('prices each zone at its own price before 2026: 300 × 6.00 + 100 × 3.00 = 2 100.00', () => {
    expect(lines(dayNight('2025-08', 300, 100))).toEqual([
      ['day', null, 300, 180_000],
      ['night', null, 100, 30_000],
    ]);
  });

  it('within range 1: 2 000 × 6.20 + 1 000 × 3.10 = 15 500.00', () => {
    expect(run(dayNight('2026-01', 2000, 1000)).totalKopecks).toBe(1_550_000);
  });

  it('splits each range between the zones in proportion: 3 000 + 2 000 kWh', () => {
    // Range 1 (3 900): 3 900 × 3/5 = 2 340 day, 1 560 night; range 2 (1 100): 660 day, 440 night.
    expect(lines(dayNight('2026-01', 3000, 2000))).toEqual([
      ['day', 1, 2340, 1_450_800], // × 6.20 = 14 508.00
      ['night', 1, 1560, 483_600], // × 3.10 = 4 836.00
      ['day', 2, 660, 488_400], // × 7.40 = 4 884.00
      ['night', 2, 440, 162_800], // × 3.70 = 1 628.00
    ]);
    expect(run(dayNight('2026-01', 3000, 2000)).totalKopecks).toBe(2_585_600);
    expect(run(dayNight('2026-01', 3000, 2000)).rules).toContain('estimate.rule.zoneSplit');
  });

  it('keeps whole kWh by largest remainder: 4 000 + 3 000 kWh over three ranges', () => {
    // Range 1: 3 900 × 4/7 = 2 228.57 → 2 229 day, 1 671 night; left 1 771 / 1 329.
    // Range 2: 2 100 × 1 771/3 100 = 1 199.71 → 1 200 day, 900 night; left 571 / 429 — all of it range 3.
    expect(lines(dayNight('2026-01', 4000, 3000))).toEqual([
      ['day', 1, 2229, 1_381_980], // × 6.20 = 13 819.80
      ['night', 1, 1671, 518_010], // × 3.10 = 5 180.10
      ['day', 2, 1200, 888_000], // × 7.40 = 8 880.00
      ['night', 2, 900, 333_000], // × 3.70 = 3 330.00
      ['day', 3, 571, 565_290], // × 9.90 = 5 652.90
      ['night', 3, 429, 212_355], // × 4.95 = 2 123.55
    ]);
    expect(run(dayNight('2026-01', 4000, 3000)).totalKopecks).toBe(3_898_635); // 38 986.35
  });

  it('gives the odd kWh to the larger remainder: 1 + 3 900 kWh', () => {
    // Range 1: 3 900 × 1/3 901 = 0.9997 → 1 day, 3 899 night; range 2 is night's last kWh.
    expect(lines(dayNight('2026-01', 1, 3900))).toEqual([
      ['day', 1, 1, 620],
      ['night', 1, 3899, 1_208_690], // × 3.10 = 12 086.90
      ['day', 2, 0, 0],
      ['night', 2, 1, 370],
    ]);
  });

  it('uses the three-zone night price, not the two-zone one: 100 × 7.00 + 200 × 3.20 + 300 × 5.82', () => {
    const input: EstimateInput = { group: 'urban', meterZones: 'three-zone', month: '2026-01', volumes: { peak: 100, night: 200, 'half-peak': 300 } };
    expect(run(input).totalKopecks).toBe(308_600); // 700.00 + 640.00 + 1 746.00
  });

  it('prices range 1 of a three-zone meter and leaves its unconfirmed range 2 out', () => {
    // 4 000 kWh: range 1 is exactly 1 950 / 975 / 975; range 2 the last 50 / 25 / 25 at no confirmed price.
    const result = run({ group: 'urban', meterZones: 'three-zone', month: '2026-01', volumes: { peak: 2000, night: 1000, 'half-peak': 1000 } });
    expect(result.totalKopecks).toBe(2_244_450); // 13 650.00 + 3 120.00 + 5 674.50
    expect(result.unpricedKwh).toBe(100);
  });
});

describe('money and volumes', () => {
  it.each([
    [3, 1.2345, 370], // 3.7035 roubles
    [10, 1.2345, 1235], // 12.345 roubles: half a kopeck rounds up
    [1, 0.005, 1], // half a kopeck
    [1000, 4.19, 419_000],
  ])('%i kWh × %f = %i kopecks', (kwh, price, kopecks) => {
    expect(amountKopecks(kwh, price)).toBe(kopecks);
  });

  it('apportions whole units, ties to the first', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(0, [5, 5])).toEqual([0, 0]);
  });

  it.each([
    [12_345, 12_545, false, 200],
    [500, 500, false, 0],
    [99_950, 30, true, 80], // 100 000 − 99 950 + 30
    [999_990, 5, true, 15], // a six-digit register: 1 000 000 − 999 990 + 5
    [100, 300, true, 200], // "rolled over" ticked, but this register did not
  ])('from %i to %i (rolled over: %s) is %i kWh', (previous, current, rolledOver, kwh) => {
    expect(consumption(previous, current, rolledOver)).toEqual({ ok: true, kwh });
  });

  it('refuses a current reading below the previous one unless the register rolled over', () => {
    expect(consumption(99_950, 30)).toEqual({ ok: false, key: 'estimate.error.reading.below' });
  });
});

describe('the estimate form', () => {
  const base = { group: 'urban', meterZones: 'single', month: '2026-01', mode: 'volume' };

  it.each([
    ['-5', 'estimate.error.kwh.invalid'],
    ['abc', 'estimate.error.kwh.invalid'],
    ['1.5', 'estimate.error.kwh.invalid'],
    ['', 'estimate.error.kwh.invalid'],
  ])('refuses %j kWh', (kwh, key) => {
    expect(estimateFromForm({ ...base, kwhSingle: kwh })).toEqual({ ok: false, errors: [{ field: 'kwhSingle', key }] });
  });

  it('reads «1 200» as 1 200 kWh', () => {
    expect(estimateFromForm({ ...base, kwhSingle: '1 200' })).toMatchObject({ ok: true, input: { volumes: { single: 1200 } } });
  });

  it('names every missing choice at once', () => {
    const result = estimateFromForm({ month: '2026-13' });
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['group', 'meterZones', 'month']);
  });

  it('refuses readings that go backwards without a rollover, at the current reading', () => {
    expect(estimateFromForm({ ...base, mode: 'readings', previousSingle: '99950', currentSingle: '30' })).toEqual({
      ok: false,
      errors: [{ field: 'currentSingle', key: 'estimate.error.reading.below' }],
    });
  });

  it('estimates from readings with a rolled-over register: the same 2 585 600 kopecks as 3 000 + 2 000 kWh', () => {
    const form = estimateFromForm({
      ...base,
      meterZones: 'day-night',
      mode: 'readings',
      previousDay: '10000',
      currentDay: '13000',
      previousNight: '99000',
      currentNight: '1000', // 100 000 − 99 000 + 1 000 = 2 000
      rolledOver: 'on',
    });
    if (!form.ok) throw new Error(JSON.stringify(form.errors));
    expect(form.input.volumes).toEqual({ day: 3000, night: 2000 });
    expect(run(form.input).totalKopecks).toBe(2_585_600);
  });
});

describe('the estimate speaks in i18n keys', () => {
  it('every key the module can name has a Russian and a Tatar string', () => {
    const source = readFileSync(new URL('./estimate.ts', import.meta.url), 'utf8');
    const named = [...new Set([...source.matchAll(/'(estimate\.(?:error|rule)\.[\w.]+)'/g)].map((match) => match[1]!))];
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((key) => !UI.ru[key] || !UI.tt[key])).toEqual([]);
  });
});
