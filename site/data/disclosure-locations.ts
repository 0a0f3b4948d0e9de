import { CONTENT_TYPES, type CollectionName, type Locale } from '../schemas/index.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { entryUrl } from '../lib/entry-urls.ts';
import { entriesOf } from './entries.ts';

export interface DisclosureLocation {
  href: string;
  title: string;
}

/** Page titles of the pages that show a whole collection. */
const LIST_TITLES: Partial<Record<CollectionName, UiKey>> = {
  company: 'company.title',
  offices: 'offices.title',
  tariffs: 'tariffs.title',
  paymentMethods: 'payment.title',
  faqItems: 'faq.title',
  standard: 'standard.title',
  standardSections: 'standard.title',
  supplyNotices: 'outages.title',
};

/**
 * For each requirement code, the pages (in one language) whose entries are tagged with it. Entries that share a
 * page (FAQ items, offices) are listed once, by their page; a page per entry (info pages, forms) by its own title.
 */
export async function disclosureLocations(locale: Locale): Promise<Map<string, DisclosureLocation[]>> {
  const byCode = new Map<string, DisclosureLocation[]>();
  for (const collection of Object.keys(CONTENT_TYPES) as CollectionName[]) {
    for (const entry of (await entriesOf(collection, locale)) as Array<Record<string, unknown> & { disclosures: Array<{ code: string }> }>) {
      const slug = typeof entry.slug === 'string' ? entry.slug : undefined;
      const listTitle = LIST_TITLES[collection];
      const href = listTitle ? entryUrl(collection, locale, slug).split('#')[0]! : entryUrl(collection, locale, slug);
      const title = listTitle ? t(locale, listTitle) : String(entry.title ?? entry.name ?? href);
      for (const { code } of entry.disclosures) {
        const list = byCode.get(code) ?? [];
        if (!list.some((location) => location.href === href)) list.push({ href, title });
        byCode.set(code, list);
      }
    }
  }
  return byCode;
}
