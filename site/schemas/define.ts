import { z } from 'zod';
import { strapiSystemFields } from './common.ts';

/** Populate tree for Strapi's REST API: always explicit, never `populate=*` (slow and leaks whatever is added). */
export type Populate = { [field: string]: true | { populate: Populate } };

export interface ContentTypeDefinition<Fields extends z.ZodRawShape, SeedOverrides extends z.ZodRawShape> {
  /** Strapi API name (singular, kebab-case): the folder under cms/src/api/. */
  apiName: string;
  /** Strapi's plural API name: the REST path /api/<pluralName>. */
  pluralName: string;
  /** A single type has one entry per language; a collection type many, each with a slug. */
  kind: 'singleType' | 'collectionType';
  /** The fields, as both content/ and Strapi carry them. */
  fields: Fields;
  /** Fields whose seed form differs from what Strapi returns (media: a file path in git, an object in Strapi). */
  seedOverrides?: SeedOverrides;
  /** Which field the Markdown body of a content/ file fills, if any. */
  bodyField?: keyof Fields & string;
  /** Relations, components and media the site needs from Strapi. */
  populate: Populate;
}

/**
 * Defines a content type once and derives from it the two schemas that enforce it:
 * `seedSchema` (strict: a mistyped field in content/ is an error) and `entrySchema` (what the site accepts from
 * Strapi, with Strapi's system fields).
 */
export function defineContentType<Fields extends z.ZodRawShape, SeedOverrides extends z.ZodRawShape = Record<never, never>>(
  definition: ContentTypeDefinition<Fields, SeedOverrides>,
) {
  const seedShape = { ...definition.fields, ...(definition.seedOverrides ?? ({} as SeedOverrides)) };
  return {
    ...definition,
    uid: `api::${definition.apiName}.${definition.apiName}`,
    seedSchema: z.strictObject(seedShape),
    entrySchema: z.object({ ...definition.fields, ...strapiSystemFields }),
  };
}

export type ContentType = ReturnType<typeof defineContentType>;
