import { CONTENT_TYPES, type CollectionName, type Locale } from '../schemas/index.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { entryUrl } from '../lib/entry-urls.ts';
import { pathTo, type Section } from '../lib/routes.ts';
import { entriesOf } from './entries.ts';

export interface DisclosureLocation {
  href: string;
  title: string;
  /** Every entry behind this link is example data: the page shows the item, but not as a fact yet. */
  example: boolean;
}

/** Collections whose entries the map cites by the one page that lists them all, with that page's title. */
const LIST_PAGES: Partial<Record<CollectionName, [Section, UiKey]>> = {
  company: ['company', 'company.title'],
  offices: ['offices', 'offices.title'],
  tariffs: ['tariffs', 'tariffs.title'],
  paymentMethods: ['payment', 'payment.title'],
  faqItems: ['faq', 'faq.title'],
  standard: ['standard', 'standard.title'],
  standardSections: ['standard', 'standard.title'],
  supplyNotices: ['outages', 'outages.title'],
};

/**
 * For each requirement code, the pages (in one language) whose entries are tagged with it. Entries that share a
 * page (FAQ items, offices) are listed once, by their page; a page per entry (info pages, forms) by its own title.
 */
export async function disclosureLocations(locale: Locale): Promise<Map<string, DisclosureLocation[]>> {
  const byCode = new Map<string, DisclosureLocation[]>();
  for (const collection of Object.keys(CONTENT_TYPES) as CollectionName[]) {
    for (const entry of (await entriesOf(collection, locale)) as Array<Record<string, unknown> & { disclosures: Array<{ code: string }>; isExample?: boolean }>) {
      const slug = typeof entry.slug === 'string' ? entry.slug : undefined;
      const listPage = LIST_PAGES[collection];
      const href = listPage ? pathTo(locale, listPage[0]) : entryUrl(collection, locale, slug);
      const title = listPage ? t(locale, listPage[1]) : String(entry.title ?? entry.name ?? href);
      for (const { code } of entry.disclosures) {
        const list = byCode.get(code) ?? [];
        const found = list.find((location) => location.href === href);
        const example = entry.isExample === true;
        if (found) found.example &&= example;
        else list.push({ href, title, example });
        byCode.set(code, list);
      }
    }
  }
  return byCode;
}
