import { getCollection } from 'astro:content';
import type { z } from 'zod';
import { CONTENT_TYPES, LOCALES, type CollectionName, type Locale } from '../schemas/index.ts';
import { cacheKey } from './cache-keys.ts';

/** A validated entry of a collection, typed from the same schema the loader enforced. */
export type Entry<Name extends CollectionName> = z.output<(typeof CONTENT_TYPES)[Name]['entrySchema']>;

/** All entries of a collection in one language, ordered by `order` where the type has it, else by slug. */
export async function entriesOf<Name extends CollectionName>(name: Name, locale: Locale): Promise<Entry<Name>[]> {
  const entries = (await getCollection(name)).map((entry: { data: unknown }) => entry.data as Entry<Name>).filter((data: Entry<Name>) => data.locale === locale);
  const key = (data: Record<string, unknown>) => [typeof data.order === 'number' ? data.order : 0, String(data.slug ?? '')] as const;
  return entries.sort((a: Entry<Name>, b: Entry<Name>) => {
    const [orderA, slugA] = key(a);
    const [orderB, slugB] = key(b);
    return orderA - orderB || slugA.localeCompare(slugB);
  });
}

/** The single-type entry (company details, the standard) in one language, or a clear build error. */
export async function singleEntry<Name extends 'company' | 'standard'>(name: Name, locale: Locale): Promise<Entry<Name>> {
  const [entry] = await entriesOf(name, locale);
  if (!entry) throw new Error(`Strapi has no published "${name}" in locale "${locale}": publish it in the admin (both languages).`);
  return entry;
}

/** getStaticPaths for a page per locale. */
export const localePaths = () => LOCALES.map((lang) => ({ params: { lang } }));

/**
 * getStaticPaths for a page per entry of a collection, in the entry's own language. Such a page shows its entry
 * and nothing of the others, so its cache key is the entry's (data/cache-keys.ts): the incremental build renders
 * it again only when the entry, or what every page shares, has changed.
 */
export async function entryPaths<Name extends CollectionName>(name: Name) {
  const entries = (await getCollection(name)).map((entry: { data: unknown }) => entry.data as Entry<Name> & { slug: string });
  return Promise.all(
    entries.map(async (entry: Entry<Name> & { slug: string }) => ({ params: { lang: entry.locale, slug: entry.slug }, props: { entry }, cacheKey: await cacheKey(entry) })),
  );
}
