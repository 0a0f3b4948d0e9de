import { t } from '../i18n/index.ts';
import { latestUpdate } from '../lib/entry-meta.ts';
import { pathTo } from '../lib/routes.ts';
import { tariffRecords, type TariffDataFile } from '../lib/tariff-open-data.ts';
import type { Locale } from '../schemas/common.ts';
import { entriesOf } from './entries.ts';

/** The tariffs open data file of one language: what /<lang>/tariffs.json holds and the tariffs page links to. */
export async function tariffData(locale: Locale, site: URL | undefined): Promise<TariffDataFile> {
  const tariffs = await entriesOf('tariffs', locale);
  const page = pathTo(locale, 'tariffs');
  return {
    publisher: t(locale, 'site.name'),
    language: locale,
    source: site ? new URL(page, site).href : page,
    updated: latestUpdate(tariffs),
    notes: t(locale, 'tariffs.data.notes'),
    tariffs: tariffRecords(tariffs, locale),
  };
}
