import type { Core } from '@strapi/strapi';
import { ensureApiToken } from './api-tokens';
import { PUBLIC_CONTENT_TYPES } from '../shared/public-types';

/**
 * The tokens the site's own processes use:
 * - `site-build`: find / findOne on the public content types — read-only, and blind to anything else (visitor
 *   submissions included), which Strapi's built-in "read-only" type would not guarantee once more types exist;
 * - `site-publisher`: reads and writes the build status only, so the publisher can tell editors how it went.
 * Production creates the same tokens by hand (README, "Deploying") and passes them as STRAPI_TOKEN / PUBLISHER_TOKEN.
 */
export async function ensureSiteTokens(strapi: Core.Strapi): Promise<void> {
  await ensureApiToken(strapi, {
    name: 'site-build',
    description: 'Read-only: the static site build reads published public content with it.',
    permissions: PUBLIC_CONTENT_TYPES.flatMap((uid) => (strapi.contentType(uid).kind === 'singleType' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`])),
    fileEnv: 'TES_SITE_TOKEN_FILE',
  });
  await ensureApiToken(strapi, {
    name: 'site-publisher',
    description: 'The site publisher records each build (running, live, failed) in «Публикация сайта».',
    permissions: ['api::build-status.build-status.find', 'api::build-status.build-status.update'],
    fileEnv: 'TES_PUBLISHER_TOKEN_FILE',
  });
}
