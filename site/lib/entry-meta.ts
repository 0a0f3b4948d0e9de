/** Page-level facts derived from the entries a page shows. */
interface EntryMeta {
  updatedAt: string;
  isExample: boolean;
}

/** The latest update among the entries (D25: the page says when its information last changed). */
export function latestUpdate(entries: readonly EntryMeta[]): string | undefined {
  return entries.map((entry) => entry.updatedAt).sort().at(-1);
}

/** True when any entry on the page holds example data, so the page shows the notice. */
export const hasExampleData = (entries: readonly EntryMeta[]): boolean => entries.some((entry) => entry.isExample);

/** A file size in the page's language: Strapi reports kilobytes. */
export function formatFileSize(locale: 'ru' | 'tt', kilobytes: number): string {
  const units = locale === 'ru' ? { kb: 'КБ', mb: 'МБ' } : { kb: 'КБ', mb: 'МБ' };
  const formatter = new Intl.NumberFormat(locale === 'ru' ? 'ru' : 'tt', { maximumFractionDigits: 1 });
  return kilobytes >= 1024 ? `${formatter.format(kilobytes / 1024)} ${units.mb}` : `${formatter.format(Math.max(kilobytes, 0.1))} ${units.kb}`;
}
