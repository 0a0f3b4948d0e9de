import { compareIn } from '../../cms/src/shared/collation.ts';
import { MUNICIPALITIES, type Municipality } from '../../cms/src/shared/municipalities.ts';
import { groupNotices } from '../lib/outages.ts';
import { LOCALES, type Locale } from '../schemas/common.ts';
import { entriesOf, type Entry } from './entries.ts';

/**
 * The moment the pages describe: this build's (the CMS asks for a build when a notice's time is crossed), or
 * TES_BUILD_TIME (ISO 8601) to build as of another moment — two builds of the same content then match byte for byte.
 */
export const BUILD_TIME = buildTime(process.env.TES_BUILD_TIME);

function buildTime(pinned: string | undefined): number {
  if (!pinned) return Date.now();
  const time = Date.parse(pinned);
  if (Number.isNaN(time)) throw new Error(`TES_BUILD_TIME is not a date: ${pinned}`);
  return time;
}

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
