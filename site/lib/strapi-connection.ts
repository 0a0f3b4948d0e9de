import { existsSync, readFileSync } from 'node:fs';
import type { StrapiConnection } from './strapi-loader.ts';

/**
 * Where the build reads Strapi: STRAPI_URL (default http://127.0.0.1:1337) with a read-only API token — STRAPI_TOKEN,
 * or STRAPI_TOKEN_FILE, a file holding it (npm start writes cms/.data/site-token).
 */
export function strapiConnection(): StrapiConnection {
  const tokenFile = process.env.STRAPI_TOKEN_FILE ?? 'cms/.data/site-token';
  const token = process.env.STRAPI_TOKEN ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);
  return { url: process.env.STRAPI_URL ?? 'http://127.0.0.1:1337', token };
}
