import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { LOCALES, type Locale } from '../schemas/common.ts';
import type { ContentType } from '../schemas/define.ts';
import { toStrapiQuery } from './strapi-query.ts';

/**
 * The one module that reads Strapi. For a content type it fetches the published entries of every locale, every
 * page of results (Strapi cuts lists at 25 by default, 100 at most), with an explicit populate tree, and validates
 * each entry: a schema error stops the build naming the entry and the field — nothing is skipped silently.
 *
 * Entries are stored under `<locale>/<slug>` (single types: `<locale>`), with a digest. Between builds the
 * content layer keeps the store: the loader first lists documentId + updatedAt of every entry (a few small
 * requests) and fetches in full only the entries that changed since the stored copy; entries gone from Strapi
 * are removed. A change to the site's schema clears the store, so nothing stored in an old shape survives.
 */

export interface StrapiConnection {
  url: string;
  token: string | undefined;
}

/** Strapi's page size ceiling (config/api.ts maxLimit). */
const PAGE_SIZE = 100;

export class StrapiLoadError extends Error {
  override name = 'StrapiLoadError';
}

/** A GET of the Strapi API as JSON (null for 404); an unreachable Strapi or a refusal stops the build with what to do. */
export async function getJson(connection: StrapiConnection, path: string): Promise<unknown> {
  const url = `${connection.url.replace(/\/$/, '')}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: connection.token ? { Authorization: `Bearer ${connection.token}` } : {} });
  } catch (error) {
    throw new StrapiLoadError(
      `Cannot reach Strapi at ${connection.url} (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}). ` +
        'Start it (npm start does) or set STRAPI_URL to a running Strapi.',
    );
  }
  if (response.status === 404) return null;
  if (!response.ok) {
    const hint = response.status === 401 || response.status === 403 ? ' — check STRAPI_TOKEN (a read-only API token)' : '';
    throw new StrapiLoadError(`Strapi answered ${response.status} ${response.statusText} for ${url}${hint}`);
  }
  return response.json();
}

interface StrapiList {
  data: Record<string, unknown>[];
  meta: { pagination: { page: number; pageCount: number } };
}

/** documentId, slug and updatedAt of every entry of one type in one locale, all pages: the cheap listing. */
export async function fetchListing(connection: StrapiConnection, type: ContentType, locale: Locale): Promise<Array<{ documentId: string; slug?: string; updatedAt: string }>> {
  const status = process.env.STRAPI_STATUS === 'draft' ? 'draft' : 'published';
  const fields = type.kind === 'collectionType' ? ['slug', 'updatedAt'] : ['updatedAt'];
  const listing: Array<{ documentId: string; slug?: string; updatedAt: string }> = [];
  for (let page = 1; ; page += 1) {
    const query = toStrapiQuery({ locale, status, fields, sort: ['id:asc'], pagination: { page, pageSize: PAGE_SIZE } });
    const body = (await getJson(connection, `/api/${type.pluralName}?${query}`)) as StrapiList | null;
    if (!body) throw new StrapiLoadError(`Strapi has no /api/${type.pluralName}: is the CMS the same version as the site?`);
    listing.push(...(body.data as Array<{ documentId: string; slug?: string; updatedAt: string }>));
    if (page >= body.meta.pagination.pageCount) return listing;
  }
}

/** Full entries of one locale by documentId, in batches. */
export async function fetchByIds(connection: StrapiConnection, type: ContentType, locale: Locale, ids: string[]): Promise<Record<string, unknown>[]> {
  const status = process.env.STRAPI_STATUS === 'draft' ? 'draft' : 'published';
  const entries: Record<string, unknown>[] = [];
  for (let start = 0; start < ids.length; start += 50) {
    const batch = ids.slice(start, start + 50);
    const query = toStrapiQuery({ locale, status, populate: type.populate, filters: { documentId: { $in: batch } }, pagination: { page: 1, pageSize: PAGE_SIZE } });
    const body = (await getJson(connection, `/api/${type.pluralName}?${query}`)) as StrapiList | null;
    entries.push(...(body?.data ?? []));
  }
  return entries;
}

/** Every published entry of one type in one locale, all pages. */
export async function fetchAll(connection: StrapiConnection, type: ContentType, locale: Locale): Promise<Record<string, unknown>[]> {
  // The public site reads published entries; the preview build (STRAPI_STATUS=draft) reads the latest drafts.
  const base = { locale, status: process.env.STRAPI_STATUS === 'draft' ? 'draft' : 'published', populate: type.populate };
  if (type.kind === 'singleType') {
    const body = (await getJson(connection, `/api/${type.apiName}?${toStrapiQuery(base)}`)) as { data: Record<string, unknown> | null } | null;
    return body?.data ? [body.data] : [];
  }
  const entries: Record<string, unknown>[] = [];
  for (let page = 1; ; page += 1) {
    const query = toStrapiQuery({ ...base, sort: ['id:asc'], pagination: { page, pageSize: PAGE_SIZE } });
    const body = (await getJson(connection, `/api/${type.pluralName}?${query}`)) as StrapiList | null;
    if (!body) throw new StrapiLoadError(`Strapi has no /api/${type.pluralName}: is the CMS the same version as the site?`);
    entries.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return entries;
  }
}

/** Validates one entry; the error names the entry and the first failing field. */
export function validateEntry<T extends z.ZodType>(schema: T, raw: Record<string, unknown>, label: string): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || '(entry)';
  throw new StrapiLoadError(`${label} does not match the site's schema: field "${field}": ${issue.message}`);
}

/**
 * Russian and Tatar are equals: an entry published in one language only would give a page without its twin.
 * Fail with what to do, rather than publish half a page.
 */
export function assertBothLanguages(collection: string, byLocale: Map<Locale, Set<string>>): void {
  for (const [locale, keys] of byLocale) {
    for (const [other, otherKeys] of byLocale) {
      const missing = [...keys].filter((key) => !otherKeys.has(key));
      if (locale !== other && missing.length) {
        const names = missing.map((key) => (key ? `"${key}"` : '(the single entry)')).join(', ');
        throw new StrapiLoadError(`${collection} ${names}: published in ${locale} but not in ${other} — publish the ${other} version too (or unpublish the ${locale} one).`);
      }
    }
  }
}

export function entryId(locale: Locale, slug: unknown): string {
  return typeof slug === 'string' ? `${locale}/${slug}` : locale;
}

export function strapiLoader(type: ContentType, connection: () => StrapiConnection): Loader {
  return {
    name: 'strapi-loader',
    schema: type.entrySchema,
    async load({ store, meta, generateDigest, logger }: LoaderContext) {
      // `astro check` (npm run check) needs the collections' types, which come from the schema, not from entries: it
      // runs without a Strapi and loads nothing, leaving any stored entries as they are.
      if (process.env.TES_TYPES_ONLY === '1') return logger.info(`${type.pluralName}: types only (TES_TYPES_ONLY), nothing loaded`);
      // The store must hold entries of the current shape, from the same source (published or drafts).
      const shape = generateDigest(JSON.stringify({ schema: z.toJSONSchema(type.entrySchema, { unrepresentable: 'any' }), status: process.env.STRAPI_STATUS ?? 'published' }));
      if (meta.get('shape') !== shape) {
        store.clear();
        meta.set('shape', shape);
      }
      const seen = new Set<string>();
      const byLocale = new Map<Locale, Set<string>>();
      let fetched = 0;
      const keep = (locale: Locale, raw: Record<string, unknown>) => {
        const id = entryId(locale, raw.slug);
        const label = `Strapi entry ${type.pluralName} "${id}" (documentId ${String(raw.documentId)})`;
        const data = validateEntry(type.entrySchema, raw, label) as Record<string, unknown>;
        seen.add(id);
        byLocale.get(locale)!.add(String(raw.slug ?? ''));
        store.set({ id, data, digest: generateDigest(data) });
      };
      for (const locale of LOCALES) {
        byLocale.set(locale, new Set());
        if (type.kind === 'singleType') {
          const all = await fetchAll(connection(), type, locale);
          fetched += all.length;
          all.forEach((raw) => keep(locale, raw));
          continue;
        }
        const changed: string[] = [];
        for (const item of await fetchListing(connection(), type, locale)) {
          const id = entryId(locale, item.slug);
          const stored = store.get(id)?.data as { documentId?: string; updatedAt?: string } | undefined;
          if (stored?.documentId === item.documentId && stored.updatedAt === item.updatedAt) {
            seen.add(id);
            byLocale.get(locale)!.add(String(item.slug ?? ''));
          } else changed.push(item.documentId);
        }
        const entries = await fetchByIds(connection(), type, locale, changed);
        fetched += entries.length;
        entries.forEach((raw) => keep(locale, raw));
      }
      assertBothLanguages(type.pluralName, byLocale);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${type.pluralName}: ${seen.size} entries, ${fetched} fetched`);
    },
  };
}
