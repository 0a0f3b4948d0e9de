import type { Locale } from '../schemas/common.ts';
import { pathTo } from './routes.ts';

/** Where each collection's entries are shown: the page, and an anchor for entries that share a page. */
export function entryUrl(collection: string, locale: Locale, slug: string | undefined): string {
  switch (collection) {
    case 'company':
      return pathTo(locale, 'company');
    case 'offices':
      return pathTo(locale, 'offices', slug);
    case 'tariffs':
      return pathTo(locale, 'tariffs');
    case 'paymentMethods':
      return `${pathTo(locale, 'payment')}#${slug}`;
    case 'contractDocuments':
      return pathTo(locale, 'contracts', slug);
    case 'faqItems':
      // The topic page; the map and the check cite the FAQ index, which lists every question.
      return pathTo(locale, 'faq');
    case 'disclosurePages':
      return pathTo(locale, 'info', slug);
    case 'standard':
      return pathTo(locale, 'standard');
    case 'standardSections':
      return pathTo(locale, 'standard', slug);
    case 'supplyNotices':
      return `${pathTo(locale, 'outages')}#${slug}`;
    case 'surveys':
      return pathTo(locale, 'quality', `surveys/${slug}`);
    default:
      throw new Error(`No page shows the collection "${collection}"`);
  }
}

/** The disclosure codes of the entries a page shows, for <main data-disclosures>. */
export function disclosureCodes(entries: ReadonlyArray<{ disclosures: ReadonlyArray<{ code: string }> }>): string[] {
  return [...new Set(entries.flatMap((entry) => entry.disclosures.map((tag) => tag.code)))].sort();
}
