/**
 * Where a form's receipt leads: the site's home page, the form itself (to send another) and the status lookup. The
 * site passes its own paths; the CMS's pages, on another origin, pass the same paths under the site's address.
 */
import type { Locale } from '../locales';

export interface FormLinks {
  /** The site's address ('' on the site itself, or its mount point): other pages a form links to sit under it. */
  site: string;
  home: string;
  form: string;
  status: string;
}

const PATHS = {
  appeal: 'appeal/',
  readings: 'readings/',
  status: 'appeal/status/',
  estimate: 'tariffs/estimate/',
  // The typed requests: /<locale>/services/<request type>/ (contracts/requests.ts).
  meter: 'services/meter-work/',
  ebill: 'services/e-bill/',
  tariffvariant: 'services/tariff-variant/',
  benefit: 'services/tariff-benefit/',
  contract: 'services/contract/',
  // The score of an answer is asked on the CMS's own page (its e-mail's link); after it, the site's home.
  satisfaction: '',
  // Supply notices by e-mail: the form is on the outages pages.
  subscribe: 'outages/',
} as const;
export type FormId = keyof typeof PATHS;

/** The links of form `id`'s receipt, under `base` (empty on the site; the site's address in the CMS). */
export const formLinks = (base: string, locale: Locale, id: FormId): FormLinks => ({
  site: base,
  home: `${base}/${locale}/`,
  form: `${base}/${locale}/${PATHS[id]}`,
  status: `${base}/${locale}/${PATHS.status}`,
});
