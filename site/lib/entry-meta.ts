import { formatNumber } from '../../cms/src/shared/format.ts';
import type { Locale } from '../../cms/src/shared/locales.ts';

/** Page-level facts derived from the entries a page shows. */
interface EntryMeta {
  updatedAt: string;
  isExample: boolean;
}

/** The latest update among the entries (D25: the page says when its information last changed). */
export function latestUpdate(entries: readonly EntryMeta[]): string | undefined {
  return entries
    .map((entry) => entry.updatedAt)
    .sort()
    .at(-1);
}

/** True when any entry on the page holds example data, so the page shows the notice. */
export const hasExampleData = (entries: readonly EntryMeta[]): boolean => entries.some((entry) => entry.isExample);

/** A file size in the page's language: Strapi reports kilobytes. */
// Both languages write КБ and МБ; the locale stays in the signature for the day one of them differs.
export function formatFileSize(_locale: Locale, kilobytes: number): string {
  const size = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  return kilobytes >= 1024 ? `${size(kilobytes / 1024)} МБ` : `${size(Math.max(kilobytes, 0.1))} КБ`;
}
