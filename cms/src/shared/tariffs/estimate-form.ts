import type { FieldSpec, FormSpec } from '../contracts/form-spec';
import { METER_ZONES } from '../contracts/meters';
import { formatMonth } from '../format';
import type { Locale } from '../locales';
import { CONSUMER_GROUPS, ESTIMATE_MODES, HEATING_GROUPS, METER_TARIFF_ZONES, zoneField, type TariffPrice, type TariffZone } from './estimate';

/**
 * The estimate form («Рассчитать начисление»), laid out once for its two renderers: the island on
 * /<locale>/tariffs/estimate/ (which prices in the browser) and the CMS's page for a browser without JavaScript
 * (GET /api/intake/estimate, which prices on the server). The months it offers come from the tariffs themselves,
 * so both renderers build it from the same published prices.
 */
export const ESTIMATE_ENDPOINT = '/api/intake/estimate';

/** The strings the estimate's components use: its own, and the tariff tables' words for ranges, prices, periods. */
export const ESTIMATE_STRING_PREFIXES = ['estimate.', 'tariffs.range', 'tariffs.price', 'tariffs.period.'];

/** What the estimate needs of a tariff entry — the site's or the CMS's — and nothing else (no notes, no sources). */
export const tariffPrice = (entry: TariffPrice): TariffPrice => ({
  consumerGroup: entry.consumerGroup,
  zone: entry.zone,
  meterZones: entry.meterZones ?? null,
  rangeFromKwh: entry.rangeFromKwh ?? null,
  rangeToKwh: entry.rangeToKwh ?? null,
  priceRub: entry.priceRub == null ? null : Number(entry.priceRub),
  validFrom: entry.validFrom,
  validTo: entry.validTo ?? null,
});

const monthOf = (date: string) => date.slice(0, 7);
const nextMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};

/**
 * The months a visitor may choose, oldest first: every month some published price is in force on its first day.
 * A period without an end runs to December of its first year, or to the current month if that is later — an
 * estimate is for a bill that has come or is coming, not for years ahead.
 */
export function estimateMonths(prices: readonly TariffPrice[], today: string): string[] {
  const months = new Set<string>();
  for (const price of prices) {
    const last = price.validTo ? monthOf(price.validTo) : [`${price.validFrom.slice(0, 4)}-12`, monthOf(today)].sort().at(-1)!;
    // A period that starts after the first of a month does not price that month (tariffs change on the 1st).
    let month = price.validFrom.endsWith('-01') ? monthOf(price.validFrom) : nextMonth(monthOf(price.validFrom));
    for (; month <= last; month = nextMonth(month)) months.add(month);
  }
  return [...months].sort();
}

/** The month the form starts with: the current one if it can be priced, else the latest that can. */
export const defaultMonth = (months: readonly string[], today: string): string => (months.includes(monthOf(today)) ? monthOf(today) : (months.at(-1) ?? monthOf(today)));

/** The zones' boxes in the order a bill lists them, whatever the meter: T1 (single, day, peak), T2 (night), T3. */
const ZONE_ORDER: readonly TariffZone[] = ['single', 'day', 'peak', 'night', 'half-peak'];
const metersWith = (zone: TariffZone) => METER_ZONES.filter((meter) => (METER_TARIFF_ZONES[meter] as readonly string[]).includes(zone));

const zoneFields = (kind: 'kwh' | 'previous' | 'current', mode: (typeof ESTIMATE_MODES)[number]): FieldSpec[] =>
  ZONE_ORDER.map((zone) => ({
    name: zoneField(kind, zone),
    kind: 'decimal',
    width: 'short',
    when: [
      { field: 'mode', in: [mode] },
      { field: 'meterZones', in: metersWith(zone) },
    ],
  }));

export function estimateForm(months: readonly string[], initialMonth: string): FormSpec {
  return {
    id: 'estimate',
    endpoint: ESTIMATE_ENDPOINT,
    method: 'get',
    sections: [
      {
        name: 'household',
        fields: [
          { name: 'group', kind: 'radios', options: CONSUMER_GROUPS, hint: true },
          { name: 'meterZones', kind: 'radios', options: METER_ZONES, initial: 'single' },
          { name: 'month', kind: 'select', options: months, initial: initialMonth, hint: true },
        ],
      },
      {
        name: 'benefits',
        hint: true,
        fields: [
          { name: 'largeFamily', kind: 'checkbox', hint: true },
          { name: 'heating', kind: 'checkbox', hint: true, when: { field: 'group', in: HEATING_GROUPS } },
        ],
      },
      {
        name: 'consumption',
        fields: [
          { name: 'mode', kind: 'radios', options: ESTIMATE_MODES, initial: 'volume' },
          ...zoneFields('kwh', 'volume'),
          // Readings in pairs, zone by zone: previous, then current.
          ...ZONE_ORDER.flatMap((_zone, index) => [zoneFields('previous', 'readings')[index]!, zoneFields('current', 'readings')[index]!]),
          { name: 'rolledOver', kind: 'checkbox', hint: true, when: { field: 'mode', in: ['readings'] } },
        ],
      },
    ],
  };
}

/** The month choices' labels, as the form's strings name them (`estimate.field.month.option.<YYYY-MM>`). */
export const monthStrings = (locale: Locale, months: readonly string[]): Record<string, string> =>
  Object.fromEntries(months.map((month) => [`estimate.field.month.option.${month}`, formatMonth(locale, month)]));
