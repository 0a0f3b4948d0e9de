/**
 * The service-quality indicators as the CMS publishes them (cms/src/intake/quality.ts computes them; the site's
 * «Показатели качества обслуживания» page shows them): aggregates only. A figure built from fewer than MIN_RECORDS
 * records is `suppressed`, and the page says so.
 */
export const MIN_RECORDS = 5;

export type Cell = { value: number; records: number } | { suppressed: true };

export interface QualityIndicators {
  /** The day the figures were computed (Moscow), and the months they cover (YYYY-MM, oldest first). */
  today: string;
  months: string[];
  minRecords: number;
  timeliness: Array<{ month: string; onTimeShare: Cell; extended: Cell }>;
  daysToAnswer: Array<{ month: string; days: Cell }>;
  satisfaction: { average: Cell };
  informativeness: { helpfulShare: Cell };
  usage: Array<{ month: string; readings: Cell; appeals: Cell; requests: Cell }>;
}
