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
