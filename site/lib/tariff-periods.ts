/** Tariffs grouped by the period they apply in, newest first, with the period in force marked. */
export interface TariffLike {
  validFrom: string;
  validTo?: string | null | undefined;
}

export interface TariffPeriod<T extends TariffLike> {
  validFrom: string;
  validTo: string | null;
  /** In force on `today` (a YYYY-MM-DD date). */
  current: boolean;
  tariffs: T[];
}

export function tariffPeriods<T extends TariffLike>(tariffs: readonly T[], today: string): TariffPeriod<T>[] {
  const periods = new Map<string, TariffPeriod<T>>();
  for (const tariff of tariffs) {
    const validTo = tariff.validTo ?? null;
    const key = `${tariff.validFrom}/${validTo ?? ''}`;
    const period = periods.get(key) ?? { validFrom: tariff.validFrom, validTo, current: false, tariffs: [] };
    period.tariffs.push(tariff);
    periods.set(key, period);
  }
  return [...periods.values()]
    .map((period) => ({ ...period, current: period.validFrom <= today && (period.validTo === null || period.validTo >= today) }))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
}

export interface HeadlineTariff extends TariffLike {
  consumerGroup: string;
  zone: string;
  rangeFromKwh?: number | null | undefined;
}

/**
 * The home page's prices: for each household group, the single-rate price of the first volume range in the period
 * in force on `today` — what most households pay. A group with no such price in force is left out.
 */
export function headlinePrices<T extends HeadlineTariff>(tariffs: readonly T[], today: string): T[] {
  const current = tariffPeriods(tariffs, today).find((period) => period.current);
  if (!current) return [];
  const byGroup = new Map<string, T>();
  for (const tariff of current.tariffs.filter((candidate) => candidate.zone === 'single')) {
    const kept = byGroup.get(tariff.consumerGroup);
    if (!kept || (tariff.rangeFromKwh ?? 0) < (kept.rangeFromKwh ?? 0)) byGroup.set(tariff.consumerGroup, tariff);
  }
  return [...byGroup.values()];
}
