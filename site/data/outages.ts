import { compareIn } from '../../cms/src/shared/collation.ts';
import { MUNICIPALITIES, type Municipality } from '../../cms/src/shared/municipalities.ts';
import { groupNotices } from '../lib/outages.ts';
import { LOCALES, type Locale } from '../schemas/common.ts';
import { BUILD_TIME } from './build-time.ts';
import { entriesOf, type Entry } from './entries.ts';

export type Notice = Entry<'supplyNotices'>;

export async function noticesOf(locale: Locale, municipality?: string) {
  const all = await entriesOf('supplyNotices', locale);
  const notices = municipality ? all.filter((notice) => notice.municipality === municipality) : all;
  return { notices, groups: groupNotices(notices, BUILD_TIME) };
}

/** The municipalities as the pages list them: the two cities, then the districts in the language's alphabetical order. */
export function municipalitiesIn(locale: Locale): Municipality[] {
  const compare = compareIn(locale);
  const cities = MUNICIPALITIES.slice(0, 2);
  return [...cities, ...MUNICIPALITIES.slice(2).sort((a, b) => compare(a[locale], b[locale]))];
}

/** getStaticPaths for a page (or file) per municipality and language. */
export const municipalityPaths = () => LOCALES.flatMap((lang) => MUNICIPALITIES.map((municipality) => ({ params: { lang, municipality: municipality.slug } })));
