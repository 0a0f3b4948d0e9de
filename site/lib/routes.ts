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
  services: 'services',
  quality: 'quality',
  cabinet: 'cabinet',
  sitemap: 'sitemap',
} as const;
export type Section = keyof typeof SECTIONS;

/** The site's main sections in the order visitors meet them, with their names: the navigation and the home page. */
export const MAIN_SECTIONS = [
  ['company', 'nav.company'],
  ['offices', 'nav.offices'],
  ['contracts', 'nav.contracts'],
  ['tariffs', 'nav.tariffs'],
  ['payment', 'nav.payment'],
  ['info', 'nav.info'],
  ['outages', 'nav.outages'],
  ['faq', 'nav.faq'],
  ['standard', 'nav.standard'],
  ['appeal', 'nav.appeal'],
  ['readings', 'nav.readings'],
] as const satisfies ReadonlyArray<readonly [Section, `nav.${string}`]>;

/**
 * Where the site is mounted: "" for the public site, "/preview" for the draft preview build (TES_BASE_PATH),
 * so every link of a preview page stays inside the preview.
 */
export const BASE_PATH = (typeof process === 'undefined' ? '' : (process.env.TES_BASE_PATH ?? '')).replace(/\/$/, '');

/** Prefixes a root-relative site path with the mount point. */
export const withBase = (path: string): string => (BASE_PATH && path.startsWith('/') && !path.startsWith(`${BASE_PATH}/`) ? `${BASE_PATH}${path}` : path);

export function pathTo(locale: Locale, section: Section, slug?: string): string {
  const parts = [locale, SECTIONS[section], slug].filter(Boolean);
  return withBase(`/${parts.join('/')}/`);
}

/** The same page in another language: swaps the locale prefix of a site path. */
export function twinPath(path: string, locale: Locale): string {
  const local = BASE_PATH && path.startsWith(`${BASE_PATH}/`) ? path.slice(BASE_PATH.length) : path;
  return withBase(local.replace(/^\/(ru|tt)(?=\/)/, `/${locale}`));
}
