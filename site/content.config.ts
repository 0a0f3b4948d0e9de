import { defineCollection } from 'astro:content';
import { CONTENT_TYPES, type CollectionName } from './schemas/index.ts';
import { strapiLoader } from './lib/strapi-loader.ts';
import { strapiConnection } from './lib/strapi-connection.ts';

/** Every collection is read from Strapi by the one loader in lib/strapi-loader.ts (where: lib/strapi-connection.ts). */
export const collections = Object.fromEntries(Object.entries(CONTENT_TYPES).map(([name, type]) => [name, defineCollection({ loader: strapiLoader(type, strapiConnection) })])) as {
  [Name in CollectionName]: ReturnType<typeof defineCollection>;
};
