import { defineCollection } from 'astro:content';
import { readFileSync, existsSync } from 'node:fs';
import { CONTENT_TYPES, type CollectionName } from './schemas/index.ts';
import { strapiLoader, type StrapiConnection } from './lib/strapi-loader.ts';

/**
 * Every collection is read from Strapi by the one loader in lib/strapi-loader.ts.
 * STRAPI_URL — where Strapi is (default http://127.0.0.1:1337);
 * STRAPI_TOKEN — a read-only API token; or STRAPI_TOKEN_FILE, a file holding it (npm start writes cms/.data/site-token).
 */
function connection(): StrapiConnection {
  const tokenFile = process.env.STRAPI_TOKEN_FILE ?? 'cms/.data/site-token';
  const token = process.env.STRAPI_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);
  return { url: process.env.STRAPI_URL ?? 'http://127.0.0.1:1337', token };
}

export const collections = Object.fromEntries(Object.entries(CONTENT_TYPES).map(([name, type]) => [name, defineCollection({ loader: strapiLoader(type, connection) })])) as {
  [Name in CollectionName]: ReturnType<typeof defineCollection>;
};
