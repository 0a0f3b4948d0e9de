import { formatNumber } from '../../cms/src/shared/format.ts';
import { t } from '../../cms/src/shared/i18n/index.ts';
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

/** A file size in the page's language (its unit is a string of each language): Strapi reports kilobytes. */
export function formatFileSize(locale: Locale, kilobytes: number): string {
  const size = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  return kilobytes >= 1024 ? t(locale, 'file.size.mb', { size: size(kilobytes / 1024) }) : t(locale, 'file.size.kb', { size: size(Math.max(kilobytes, 0.1)) });
}
