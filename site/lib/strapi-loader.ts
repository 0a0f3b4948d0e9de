import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { LOCALES, type Locale } from '../schemas/common.ts';
import type { ContentType } from '../schemas/define.ts';
import { toStrapiQuery } from './strapi-query.ts';

/**
 * The one module that reads Strapi. For a content type it fetches the published entries of every locale, every
 * page of results (Strapi cuts lists at 25 by default, 100 at most), with an explicit populate tree, and validates
 * each entry: a schema error stops the build naming the entry and the field — nothing is skipped silently.
 *
 * Entries are stored under `<locale>/<slug>` (single types: `<locale>`), with a digest, so an unchanged entry is
 * not re-rendered by Astro's content layer cache; entries gone from Strapi are removed from the store.
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

async function getJson(connection: StrapiConnection, path: string): Promise<unknown> {
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
    async load({ store, generateDigest, logger }: LoaderContext) {
      const seen = new Set<string>();
      const byLocale = new Map<Locale, Set<string>>();
      for (const locale of LOCALES) {
        const keys = new Set<string>();
        for (const raw of await fetchAll(connection(), type, locale)) {
          const id = entryId(locale, raw.slug);
          const label = `Strapi entry ${type.pluralName} "${id}" (documentId ${String(raw.documentId)})`;
          const data = validateEntry(type.entrySchema, raw, label) as Record<string, unknown>;
          seen.add(id);
          keys.add(String(raw.slug ?? ''));
          store.set({ id, data, digest: generateDigest(data) });
        }
        byLocale.set(locale, keys);
      }
      assertBothLanguages(type.pluralName, byLocale);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${type.pluralName}: ${seen.size} entries`);
    },
  };
}
