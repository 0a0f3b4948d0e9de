import { z } from 'zod';

/**
 * Building blocks shared by the content schemas. Each content schema is used twice — by the seed to validate the
 * files in content/ and by the site's loader to validate what Strapi returns — so a field means the same thing in
 * git, in Strapi and on the page.
 */

import { LOCALES } from '../../cms/src/shared/locales.ts';

export { LOCALES, type Locale } from '../../cms/src/shared/locales.ts';

/**
 * URL-safe identifier shared by both languages of an entry, so /ru/x/ and /tt/x/ are twins. In Strapi it is a
 * plain non-localized string, not the `uid` type: Strapi's i18n treats every uid field as localized whatever the
 * schema says, so a new translation would start with an empty slug.
 */
export const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase Latin letters, digits and single hyphens')
  .describe('URL part of the page, the same in Russian and Tatar');

/** Where a fact comes from: a reference URL, the standard's clause ("Стандарт, п. 75"), or "example". */
export const source = z.string().trim().min(1).max(500).describe('Source of the facts in this entry');

/** True where the values are placeholders, not real data: the page then shows a visible "example data" notice. */
export const isExample = z.boolean().describe('Marks example (not real) data');

/** IDs of the standard's disclosure requirements, see ../shared/spec/disclosures.md. */
export const DISCLOSURE_CODES = Array.from({ length: 25 }, (_, i) => `D${String(i + 1).padStart(2, '0')}`) as [string, ...string[]];
export const disclosures = z.array(z.object({ code: z.enum(DISCLOSURE_CODES) })).describe('Which disclosure requirements (D01–D25) this entry satisfies');

/** Markdown, rendered by markdown-it with raw HTML off. */
export const markdown = z.string().trim().min(1).describe('Markdown text');

/** Who an entry is for (clause 27 of the standard: individuals / legal entities). */
export const audience = z.enum(['individuals', 'legal-entities', 'all']);

/** A Russian phone number as printed on the site: +7 (843) 000-00-00 or +7 (800) 200-25-26. */
export const phone = z.object({
  number: z
    .string()
    .max(40)
    .regex(/^\+7 \(\d{3,4}\) \d{2,3}-\d{2}-\d{2}$/, 'write the number as +7 (XXX) XXX-XX-XX'),
  purpose: z.enum(['reception', 'contact-centre', 'cash-desk', 'sms', 'fax']),
});

/** Calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();
/** Moment in time with an offset, e.g. 2026-12-01T09:00:00.000Z. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** A file in Strapi's media library as the REST API returns it. */
export const mediaFile = z.object({
  url: z.string().min(1),
  name: z.string().min(1),
  mime: z.string().min(1),
  /** Size in kilobytes, as Strapi reports it. */
  size: z.number().nonnegative(),
  ext: z.string().nullish(),
});

/** In content/: a path below content/files/ of the file to upload to the media library. */
export const seedFilePath = z
  .string()
  .regex(/^[a-z0-9][a-z0-9/._-]*$/, 'give a path below content/files/, e.g. contracts/form.pdf')
  .describe('File below content/files/');

/** Fields Strapi adds to every entry it returns. */
export const strapiSystemFields = {
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  updatedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
};
