import type { Core } from '@strapi/strapi';
import type { Locale } from '../shared/locales';
import type { TariffPrice } from '../shared/tariffs/estimate';
import { tariffPrice } from '../shared/tariffs/estimate-form';

/**
 * The published household prices, as the estimate page for visitors without JavaScript prices with them — the same
 * entries the site was built from. Read at most once a minute per language (an editor's change shows within that,
 * as the site's next build shows it), so a stream of estimates costs no stream of queries.
 */
const TARIFF_UID = 'api::tariff.tariff';
const REFRESH_MS = 60_000;
const FIELDS = ['consumerGroup', 'zone', 'meterZones', 'rangeFromKwh', 'rangeToKwh', 'priceRub', 'validFrom', 'validTo'] as const;

const cache = new Map<Locale, { prices: TariffPrice[]; loadedAt: number }>();

/** A date column as YYYY-MM-DD, whichever form the database driver returns it in. */
const isoDate = (value: unknown): string | null => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : null);

export async function publishedPrices(strapi: Core.Strapi, locale: Locale): Promise<TariffPrice[]> {
  const cached = cache.get(locale);
  if (cached && Date.now() - cached.loadedAt < REFRESH_MS) return cached.prices;
  const rows = (await strapi.db.query(TARIFF_UID).findMany({ where: { publishedAt: { $notNull: true }, locale }, select: [...FIELDS] })) as Array<Record<string, unknown>>;
  const prices = rows.map((row) =>
    tariffPrice({
      consumerGroup: String(row.consumerGroup),
      zone: String(row.zone),
      meterZones: (row.meterZones as TariffPrice['meterZones']) ?? null,
      rangeFromKwh: row.rangeFromKwh as number | null,
      rangeToKwh: row.rangeToKwh as number | null,
      priceRub: row.priceRub === null || row.priceRub === undefined ? null : Number(row.priceRub),
      validFrom: isoDate(row.validFrom) ?? '',
      validTo: isoDate(row.validTo),
    }),
  );
  cache.set(locale, { prices, loadedAt: Date.now() });
  return prices;
}
