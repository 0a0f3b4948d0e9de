/**
 * `npm run build` — builds the static site into dist/ from a running Strapi.
 * STRAPI_URL (default http://127.0.0.1:1337) and STRAPI_TOKEN, or STRAPI_TOKEN_FILE (default cms/.data/site-token).
 */
import path from 'node:path';
import { LOCAL_DATA_DIR } from './lib/paths.ts';
import { buildSite } from './lib/site-build.ts';

const result = await buildSite({
  strapiUrl: process.env.STRAPI_URL ?? 'http://127.0.0.1:1337',
  token: process.env.STRAPI_TOKEN,
  tokenFile: process.env.STRAPI_TOKEN_FILE ?? path.join(LOCAL_DATA_DIR, 'site-token'),
});
console.log(`Built: astro ${(result.astroMs / 1000).toFixed(1)} s, pagefind ${(result.pagefindMs / 1000).toFixed(1)} s, ${result.pages} pages indexed`);
