import type { Locale } from '../schemas/common.ts';

/**
 * The site's URL scheme in one place: /<locale>/<section>/[<slug>/]. Both languages carry a prefix and share
 * slugs, so a page's twin in the other language is the same path under the other prefix.
 */
export const SECTIONS = {
  home: '',
  company: 'company',
  offices: 'offices',
  tariffs: 'tariffs',
  payment: 'payment',
  contracts: 'contracts',
  faq: 'faq',
  standard: 'standard',
  outages: 'outages',
  info: 'info',
  search: 'search',
  compliance: 'disclosure',
  accessibility: 'accessibility',
  appeal: 'appeal',
  readings: 'readings',
} as const;
export type Section = keyof typeof SECTIONS;

export function pathTo(locale: Locale, section: Section, slug?: string): string {
  const parts = [locale, SECTIONS[section], slug].filter(Boolean);
  return `/${parts.join('/')}/`;
}

/** The same page in another language: swaps the locale prefix of a site path. */
export function twinPath(path: string, locale: Locale): string {
  return path.replace(/^\/(ru|tt)(?=\/)/, `/${locale}`);
}
