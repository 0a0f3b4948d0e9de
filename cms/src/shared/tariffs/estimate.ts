import type { FieldError } from '../contracts/errors';
import { METER_ZONES, type MeterZones } from '../contracts/meters';

/**
 * The bill estimate («Рассчитать начисление»): a month's consumption priced by the household tariffs in force that
 * month, split by volume range and time-of-day zone. One module for every place that estimates — the island in the
 * browser (instant) and the CMS's page for visitors without JavaScript — so both give the same amount to the kopeck.
 * It imports no zod and no React: the island stays small.
 *
 * The rules, and where they come from (docs/research/tariffs-tatarstan-2025-2026.md):
 * - From 1 January 2026 a month's volume is priced stepwise by three ranges: up to 3 900 kWh, 3 900–6 000, over
 *   6 000; only the volume above a bound costs more (tatar-inform 6010492, 6010480).
 * - Electric-heated homes that filed the documents: in the heating season the first range reaches 7 020 kWh
 *   (tatar-inform 6015796) and the second 10 800 (FAS, via 360.ru — federal, not seen in a Tatarstan act).
 * - Large families with the certificate pay the first range's price for the whole volume (tatar-inform 6015794).
 * - Before 2026 there were no ranges: one price per zone for the whole volume.
 * - How ranges meet time-of-day zones is not stated in any source found. The estimate splits each range's volume
 *   between the zones in proportion to what each zone still has left (whole kWh, largest remainder) and says so.
 * - Money as a bill counts it: each line is kWh × price rounded half up to the kopeck; the total is the sum of
 *   the lines. A price nobody has confirmed is never guessed: its kWh are shown without an amount.
 */

export type ConsumerGroup = 'urban' | 'urban-electric' | 'rural';
export type TariffZone = 'single' | 'day' | 'night' | 'peak' | 'half-peak';

/** The price zones of each kind of meter, in the order a bill lists them (T1, T2, T3) — as the readings form. */
export const METER_TARIFF_ZONES = {
  single: ['single'],
  'day-night': ['day', 'night'],
  'three-zone': ['peak', 'night', 'half-peak'],
} as const satisfies Record<MeterZones, readonly TariffZone[]>;

/** The date the monthly volume ranges start. */
export const RANGES_FROM = '2026-01-01';

/** The upper bounds of ranges 1 and 2, kWh a month: all year, and in the heating season for electric heating. */
export const RANGE_BOUNDS = { standard: [3900, 6000], heating: [7020, 10800] } as const;

/** The largest volume a month's estimate accepts, kWh: a register of eight digits, far beyond any home. */
export const MAX_MONTHLY_KWH = 99_999_999;

/** A price as the site's data holds it (a tariff entry): `priceRub` null when it is not confirmed. */
export interface TariffPrice {
  consumerGroup: string;
  zone: string;
  /** The meter the price is for; a price for day, peak or half-peak names its meter by its zone alone. */
  meterZones?: MeterZones | null | undefined;
  rangeFromKwh?: number | null | undefined;
  rangeToKwh?: number | null | undefined;
  priceRub: number | null;
  validFrom: string;
  validTo?: string | null | undefined;
}

export interface EstimateInput {
  group: ConsumerGroup;
  meterZones: MeterZones;
  /** The month billed, YYYY-MM. */
  month: string;
  /** Whole kWh used in the month, per zone of the meter. */
  volumes: Partial<Record<TariffZone, number>>;
  largeFamily?: boolean;
  /** Electric heating with the documents filed, and the month is in the heating season. */
  heating?: boolean;
}

export interface EstimateLine {
  zone: TariffZone;
  /** 1–3; null before the ranges began. */
  range: 1 | 2 | 3 | null;
  kwh: number;
  /** Roubles per kWh with VAT; null when the price is not confirmed. */
  priceRub: number | null;
  /** Kopecks; null when the price is not confirmed. */
  amountKopecks: number | null;
}

export interface Estimate {
  validFrom: string;
  validTo: string | null;
  /** The range bounds used (kWh): [] before 2026 and for a large family, whose whole volume is range 1. */
  bounds: readonly number[];
  lines: EstimateLine[];
  totalKwh: number;
  /** The sum of the priced lines, kopecks. */
  totalKopecks: number;
  /** kWh whose price is not confirmed, so not in the total. */
  unpricedKwh: number;
  /** i18n keys of the rules applied, in plain words, in the order to read them. */
  rules: string[];
}

export type EstimateResult = { ok: true; estimate: Estimate } | { ok: false; errors: FieldError[] };

const firstOfMonth = (month: string) => `${month}-01`;

/** The prices in force on the first day of `month` (tariff periods start on the first of a month). */
export function pricesInForce<T extends TariffPrice>(prices: readonly T[], month: string): T[] {
  const day = firstOfMonth(month);
  return prices.filter((price) => price.validFrom <= day && (price.validTo == null || price.validTo >= day));
}

/** The meter a price is for: named, or told by its zone (night is on both multi-zone meters, so it must be named). */
export const meterOf = (price: TariffPrice): MeterZones | null =>
  price.meterZones ?? (price.zone === 'single' ? 'single' : price.zone === 'day' ? 'day-night' : price.zone === 'peak' || price.zone === 'half-peak' ? 'three-zone' : null);

/** Which range a price is for, by where it starts: 1 from nothing or zero, 2 from the first bound, 3 from the second. */
export const rangeOf = (price: TariffPrice): 1 | 2 | 3 => {
  const from = price.rangeFromKwh ?? 0;
  return from >= RANGE_BOUNDS.standard[1] ? 3 : from >= RANGE_BOUNDS.standard[0] ? 2 : 1;
};

function priceFor(prices: readonly TariffPrice[], input: EstimateInput, zone: TariffZone, range: 1 | 2 | 3 | null): number | null {
  const match = prices.find(
    (price) => price.consumerGroup === input.group && price.zone === zone && meterOf(price) === input.meterZones && (range === null || rangeOf(price) === range),
  );
  return match?.priceRub ?? null;
}

/**
 * Splits `total` whole kWh between zones in proportion to `weights`, largest remainder first (ties to the zone
 * listed first), so the parts are whole and add up exactly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/** kWh × roubles, rounded half up to the kopeck (prices carry up to four decimals). */
export const amountKopecks = (kwh: number, priceRub: number): number => Math.round((kwh * Math.round(priceRub * 10_000)) / 100);

/** The volume of each range for a month's total: stepwise, each range only what lies between its bounds. */
function rangeVolumes(total: number, bounds: readonly number[]): number[] {
  const edges = [0, ...bounds, Infinity];
  return edges.slice(1).map((upper, index) => Math.max(0, Math.min(total, upper) - edges[index]!));
}

export function estimate(prices: readonly TariffPrice[], input: EstimateInput): EstimateResult {
  const inForce = pricesInForce(prices, input.month);
  if (inForce.length === 0) return { ok: false, errors: [{ field: 'month', key: 'estimate.error.month.noTariff' }] };
  const zones: readonly TariffZone[] = METER_TARIFF_ZONES[input.meterZones];
  const volumes = zones.map((zone) => input.volumes[zone] ?? 0);
  const totalKwh = volumes.reduce((a, b) => a + b, 0);

  const validFrom = inForce[0]!.validFrom;
  const validTo = inForce[0]!.validTo ?? null;
  const withRanges = firstOfMonth(input.month) >= RANGES_FROM;
  const bounds = !withRanges || input.largeFamily ? [] : input.heating ? RANGE_BOUNDS.heating : RANGE_BOUNDS.standard;

  const lines: EstimateLine[] = [];
  const left = [...volumes];
  const perRange = rangeVolumes(totalKwh, bounds);
  perRange.forEach((rangeKwh, index) => {
    if (rangeKwh === 0 && index > 0) return;
    // The last range takes what is left of each zone exactly; the others in proportion to it.
    const parts = index === perRange.length - 1 ? [...left] : apportion(rangeKwh, left);
    const range = withRanges ? ((index + 1) as 1 | 2 | 3) : null;
    zones.forEach((zone, zoneIndex) => {
      const kwh = parts[zoneIndex]!;
      left[zoneIndex]! -= kwh;
      const priceRub = priceFor(inForce, input, zone, range);
      lines.push({ zone, range, kwh, priceRub, amountKopecks: priceRub === null ? null : amountKopecks(kwh, priceRub) });
    });
  });

  const totalKopecks = lines.reduce((sum, line) => sum + (line.amountKopecks ?? 0), 0);
  const unpricedKwh = lines.reduce((sum, line) => sum + (line.priceRub === null ? line.kwh : 0), 0);
  const rules = [
    !withRanges ? 'estimate.rule.noRanges' : input.largeFamily ? 'estimate.rule.largeFamily' : input.heating ? 'estimate.rule.heating' : 'estimate.rule.ranges',
    ...(withRanges && zones.length > 1 && bounds.length > 0 ? ['estimate.rule.zoneSplit'] : []),
    ...(unpricedKwh > 0 ? ['estimate.rule.unconfirmed'] : []),
    'estimate.rule.rounding',
  ];
  return { ok: true, estimate: { validFrom, validTo, bounds, lines, totalKwh, totalKopecks, unpricedKwh, rules } };
}

/**
 * A month's consumption from two readings of one register. A register that passed its largest value starts again
 * from zero: with `rolledOver`, a current reading below the previous one counts up to the register's capacity —
 * 100 000 for a five-digit register, or the next power of ten above a longer previous reading — and on from zero.
 */
export function consumption(previous: number, current: number, rolledOver = false): { ok: true; kwh: number } | { ok: false; key: string } {
  if (current >= previous) return { ok: true, kwh: current - previous };
  if (!rolledOver) return { ok: false, key: 'estimate.error.reading.below' };
  const capacity = 10 ** Math.max(5, String(previous).length);
  return { ok: true, kwh: capacity - previous + current };
}

/** The form's field for a zone: kwhDay, previousDay, currentDay … (field names are letters and digits only). */
const ZONE_SUFFIX: Record<TariffZone, string> = { single: 'Single', day: 'Day', night: 'Night', peak: 'Peak', 'half-peak': 'HalfPeak' };
export const zoneField = (kind: 'kwh' | 'previous' | 'current', zone: TariffZone): string => `${kind}${ZONE_SUFFIX[zone]}`;

export const CONSUMER_GROUPS = ['urban', 'urban-electric', 'rural'] as const satisfies readonly ConsumerGroup[];
/**
 * The groups an electric-heated home belongs to: a city home with electric heating is in the electric-stove group
 * by definition (homes «оборудованные электроотопительными установками»), and rural homes are rural whatever heats
 * them. A gas-stove city home has no heating-season range.
 */
export const HEATING_GROUPS = ['urban-electric', 'rural'] as const satisfies readonly ConsumerGroup[];
export const ESTIMATE_MODES = ['volume', 'readings'] as const;

type FormValues = Record<string, string | boolean | undefined>;

/** A whole number of kWh as a person types it: digits, perhaps with spaces between thousands. */
function wholeNumber(value: string | boolean | undefined): number | null {
  if (typeof value !== 'string') return null;
  const digits = value.replace(/[\s\u00a0]/g, '');
  return /^\d{1,8}$/.test(digits) ? Number(digits) : null;
}

const oneOf = <T extends string>(options: readonly T[], value: unknown): T | null =>
  typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : null;

/**
 * The estimate form's values (the island's state, or a browser's query string) as an input, or the errors to show
 * at the fields — every field checked at once, as the other forms do. Then `estimate` prices it.
 */
export function estimateFromForm(values: FormValues): { ok: true; input: EstimateInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const group = oneOf(CONSUMER_GROUPS, values.group);
  if (!group) errors.push({ field: 'group', key: 'estimate.error.group.required' });
  const meterZones = oneOf(METER_ZONES, values.meterZones);
  if (!meterZones) errors.push({ field: 'meterZones', key: 'estimate.error.meterZones.required' });
  const month = typeof values.month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(values.month) ? values.month : null;
  if (!month) errors.push({ field: 'month', key: 'estimate.error.month.required' });
  const mode = oneOf(ESTIMATE_MODES, values.mode) ?? 'volume';

  const volumes: Partial<Record<TariffZone, number>> = {};
  for (const zone of meterZones ? METER_TARIFF_ZONES[meterZones] : []) {
    if (mode === 'volume') {
      const field = zoneField('kwh', zone);
      const kwh = wholeNumber(values[field]);
      if (kwh === null) errors.push({ field, key: 'estimate.error.kwh.invalid' });
      else volumes[zone] = kwh;
      continue;
    }
    const previousField = zoneField('previous', zone);
    const currentField = zoneField('current', zone);
    const previous = wholeNumber(values[previousField]);
    const current = wholeNumber(values[currentField]);
    if (previous === null) errors.push({ field: previousField, key: 'estimate.error.reading.invalid' });
    if (current === null) errors.push({ field: currentField, key: 'estimate.error.reading.invalid' });
    if (previous === null || current === null) continue;
    const used = consumption(previous, current, values.rolledOver === true || values.rolledOver === 'on');
    if (used.ok) volumes[zone] = used.kwh;
    else errors.push({ field: currentField, key: used.key });
  }
  const total = Object.values(volumes).reduce((a, b) => a + b, 0);
  if (errors.length === 0 && total > MAX_MONTHLY_KWH)
    errors.push({ field: zoneField(mode === 'volume' ? 'kwh' : 'current', METER_TARIFF_ZONES[meterZones!][0]), key: 'estimate.error.kwh.tooLarge' });
  if (errors.length || !group || !meterZones || !month) return { ok: false, errors };
  const flag = (name: string) => values[name] === true || values[name] === 'on';
  // A ticked box the page hid (the group changed after ticking it, without JavaScript) does not count.
  const heating = flag('heating') && (HEATING_GROUPS as readonly string[]).includes(group);
  return { ok: true, input: { group, meterZones, month, volumes, largeFamily: flag('largeFamily'), heating } };
}

/** The form's values priced: the estimate, or what to fix — bad input, or a month no published tariff covers. */
export function estimateOf(prices: readonly TariffPrice[], values: FormValues): EstimateResult {
  const form = estimateFromForm(values);
  return form.ok ? estimate(prices, form.input) : form;
}
