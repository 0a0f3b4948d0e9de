import { writeFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from './public-content-types';

export const SITE_TOKEN_NAME = 'site-build';

/**
 * The token the site build reads Strapi with: a content-API token whose permissions are exactly find / findOne
 * on the public content types — read-only, and blind to anything else (visitor submissions included), which
 * Strapi's built-in "read-only" type would not guarantee once more types exist.
 *
 * When TES_SITE_TOKEN_FILE is set (local runs and tests), its plaintext is written there for the build to use;
 * Strapi keeps it encrypted with ENCRYPTION_KEY, so it survives restarts. Production creates the token by hand
 * in the admin (Settings → API tokens) and gives it to the build as STRAPI_TOKEN.
 */
export async function ensureSiteToken(strapi: Core.Strapi): Promise<void> {
  const tokenFile = process.env.TES_SITE_TOKEN_FILE;
  if (!tokenFile) return;

  const tokens = strapi.service('admin::api-token-content-api');
  const permissions = PUBLIC_CONTENT_TYPES.flatMap((uid) =>
    strapi.contentType(uid).kind === 'singleType' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`],
  ).sort();

  let token = await tokens.getByName(SITE_TOKEN_NAME, { includeDecryptedKey: true });
  if (token && !token.accessKey) {
    // Created under another ENCRYPTION_KEY: its plaintext is lost, so replace it.
    await tokens.revoke(token.id);
    token = null;
  }
  if (!token) {
    token = await tokens.create({
      name: SITE_TOKEN_NAME,
      description: 'Read-only: the static site build reads published public content with it.',
      type: 'custom',
      lifespan: null,
      permissions,
    });
  } else if ([...(token.permissions ?? [])].sort().join() !== permissions.join()) {
    await tokens.update(token.id, { type: 'custom', permissions });
  }
  writeFileSync(tokenFile, token.accessKey, { mode: 0o600 });
}
