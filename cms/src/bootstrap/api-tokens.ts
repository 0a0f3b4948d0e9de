import { writeFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';

export interface TokenSpec {
  name: string;
  description: string;
  /** Exact content-API actions, e.g. api::faq-item.faq-item.find */
  permissions: string[];
  /** Environment variable naming the file its plaintext is written to (local runs and tests); unset: not created. */
  fileEnv: string;
}

/**
 * Ensures a custom content-API token with exactly these permissions and writes its plaintext to the file named
 * by `fileEnv`. Strapi keeps tokens encrypted with ENCRYPTION_KEY, so the same token survives restarts; one made
 * under another key cannot be decrypted and is replaced. Production creates its tokens by hand in the admin.
 */
export async function ensureApiToken(strapi: Core.Strapi, spec: TokenSpec): Promise<void> {
  const file = process.env[spec.fileEnv];
  if (!file) return;
  const tokens = strapi.service('admin::api-token-content-api');
  const permissions = [...spec.permissions].sort();

  let token = await tokens.getByName(spec.name, { includeDecryptedKey: true });
  if (token && !token.accessKey) {
    await tokens.revoke(token.id);
    token = null;
  }
  if (!token) {
    token = await tokens.create({ name: spec.name, description: spec.description, type: 'custom', lifespan: null, permissions });
  } else if ([...(token.permissions ?? [])].sort().join() !== permissions.join()) {
    await tokens.update(token.id, { type: 'custom', permissions });
  }
  writeFileSync(file, token.accessKey, { mode: 0o600 });
}
