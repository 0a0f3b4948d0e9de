import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PublisherSettings } from '../../publisher/config.ts';
import { CMS_DIR } from './paths.ts';
import { run, startDetached, waitForUrl } from './processes.ts';
import type { StrapiApp } from './strapi-app.ts';

/**
 * One Strapi instance: its data folder (SQLite file, media, generated secrets, the site's read token), its port
 * and the environment it runs with. `npm start` uses cms/.data; each test run a throwaway folder.
 */
export interface CmsInstance {
  dataDir: string;
  url: string;
  env: NodeJS.ProcessEnv;
  admin: { email: string; password: string };
  /** The site build's read-only token (written by the bootstrap). */
  tokenFile: string;
  /** The publisher's token: reads and writes the build status only. */
  publisherTokenFile: string;
  /** Shared with the publisher: Strapi's webhook sends it as a bearer token. */
  webhookSecret: string;
  /** Shared with the preview server: Strapi's Preview button links carry it. */
  previewSecret: string;
}

/** Reads a JSON file of generated values, adding any value a newer version needs (a data folder outlives versions). */
function readOrCreateJson<T extends object>(file: string, create: () => T): T {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<T>) : {};
  const value = { ...create(), ...stored } as T;
  if (JSON.stringify(value) !== JSON.stringify(stored)) writeFileSync(file, JSON.stringify(value, null, 2), { mode: 0o600 });
  return value;
}

const secret = () => randomBytes(24).toString('base64url');

export interface CmsOptions {
  dataDir: string;
  port?: number;
  /** The public site, for CORS and the links in e-mails and answer pages (the CMS's SITE_URL). */
  siteUrl?: string;
  /** Anything else for this instance's environment (tests: PostgreSQL, the SMTP capture server, proxy trust). */
  env?: NodeJS.ProcessEnv;
  /** The publisher's webhook (`${siteUrl}/_publish/hook`): registered in Strapi, with the preview beside it. */
  publishHookUrl?: string;
}

export function cmsInstance({ dataDir, port = 1337, siteUrl, env = {}, publishHookUrl }: CmsOptions): CmsInstance {
  mkdirSync(path.join(dataDir, 'public', 'uploads'), { recursive: true });
  const secrets = readOrCreateJson(path.join(dataDir, 'secrets.json'), () => ({
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    // 32 bytes, as the admin's token encryption requires
    ENCRYPTION_KEY: randomBytes(32).toString('hex').slice(0, 32),
    // keys the appeals' access-code hashes and the no-JavaScript receipts (cms/src/intake/)
    INTAKE_SECRET: secret(),
  }));
  const admin = readOrCreateJson(path.join(dataDir, 'admin.json'), () => ({
    email: 'admin@localhost.test',
    // Strapi requires upper case, lower case and a digit.
    password: `Local-${secret()}-1a`,
  }));
  const webhookSecret = readOrCreateJson(path.join(dataDir, 'webhook.json'), () => ({ secret: secret() })).secret;
  const previewSecret = readOrCreateJson(path.join(dataDir, 'preview.json'), () => ({ secret: secret() })).secret;
  const usePostgres = (env.DATABASE_CLIENT ?? process.env.DATABASE_CLIENT) === 'postgres';
  return {
    dataDir,
    url: `http://127.0.0.1:${port}`,
    admin,
    tokenFile: path.join(dataDir, 'site-token'),
    publisherTokenFile: path.join(dataDir, 'publisher-token'),
    webhookSecret,
    previewSecret,
    env: {
      ...process.env,
      ...secrets,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(usePostgres ? {} : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dataDir, 'strapi.db') }),
      STRAPI_PUBLIC_DIR: path.join(dataDir, 'public'),
      // Documents attached to appeals: private, beside the database, never under public/.
      INTAKE_FILES_DIR: path.join(dataDir, 'attachments'),
      STRAPI_TELEMETRY_DISABLED: 'true',
      // Russian is the first locale of a fresh database; Tatar is added by the bootstrap (see cms/src/bootstrap).
      STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'ru',
      TES_ADMIN_EMAIL: admin.email,
      TES_ADMIN_PASSWORD: admin.password,
      TES_SITE_TOKEN_FILE: path.join(dataDir, 'site-token'),
      TES_PUBLISHER_TOKEN_FILE: path.join(dataDir, 'publisher-token'),
      ...(publishHookUrl
        ? {
            TES_PUBLISH_WEBHOOK_URL: publishHookUrl,
            TES_PUBLISH_WEBHOOK_SECRET: webhookSecret,
            // The preview is served by the same local server as the site.
            TES_PREVIEW_URL: new URL(publishHookUrl).origin,
            TES_PREVIEW_SECRET: previewSecret,
          }
        : {}),
      BROWSER: 'none',
      ...(siteUrl ? { SITE_URL: siteUrl } : {}),
      // Locally the CMS is its own origin: the links its e-mails give to its pages (the satisfaction form) go there.
      INTAKE_PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
  };
}

const strapiBin = () => path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The publisher service's settings for a local Strapi (npm start, the tests, the benchmarks). */
export const publisherSettings = (instance: CmsInstance, root: string, port: number, quiet = false): PublisherSettings => ({
  strapiUrl: instance.url,
  siteTokenFile: instance.tokenFile,
  statusTokenFile: instance.publisherTokenFile,
  webhookSecret: instance.webhookSecret,
  previewSecret: instance.previewSecret,
  root,
  port,
  quiet,
  debounceMs: process.env.PUBLISH_DEBOUNCE_MS ?? 1000,
  ...(process.env.PUBLISHER_DAILY_REBUILD ? { dailyRebuildAt: process.env.PUBLISHER_DAILY_REBUILD } : {}),
});

/** Compiles the CMS (server TypeScript and admin panel) when cms/dist is missing or older than its sources. */
export async function ensureCmsBuilt(): Promise<void> {
  const stamp = path.join(CMS_DIR, 'dist', '.built-at');
  const sources = Math.max(newestMtime(path.join(CMS_DIR, 'src')), newestMtime(path.join(CMS_DIR, 'config')));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  console.log('› Building the CMS (server and admin panel, about a minute the first time)…');
  const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=3072', STRAPI_TELEMETRY_DISABLED: 'true' };
  await run(process.execPath, [strapiBin(), 'ts:generate-types'], { cwd: CMS_DIR, env });
  await run(process.execPath, [strapiBin(), 'build'], { cwd: CMS_DIR, env });
  writeFileSync(stamp, new Date().toISOString());
}

/** Starts `strapi start` for an instance and waits until its health check answers. Quiet: output goes to strapi.log. */
export async function startCms(instance: CmsInstance, { quiet = false } = {}) {
  // A Strapi left running on this port would answer the health check in our place, with other data and secrets.
  const occupied = await fetch(`${instance.url}/_health`).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`${instance.url} is already in use (a Strapi left running?). Stop it or choose another port.`);
  const log = quiet ? openSync(path.join(instance.dataDir, 'strapi.log'), 'a') : undefined;
  const child = startDetached(process.execPath, [strapiBin(), 'start'], {
    cwd: CMS_DIR,
    env: instance.env,
    stdio: log === undefined ? 'inherit' : ['ignore', log, log],
  });
  await waitForUrl(`${instance.url}/_health`, { child, timeoutMs: 180_000 });
  return child;
}

/**
 * Loads Strapi inside this process (no HTTP server) to use its Document Service, then shuts it down. The seed
 * uses this: the documented way to create localizations and publish them.
 */
export async function withStrapi<T>(instance: CmsInstance, work: (strapi: StrapiApp) => Promise<T>): Promise<T> {
  Object.assign(process.env, instance.env);
  const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
  const { createStrapi } = requireFromCms('@strapi/strapi') as { createStrapi: (options: object) => { load(): Promise<StrapiApp> } };
  const app = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
  app.log.level = 'warn';
  try {
    return await work(app);
  } finally {
    await app.destroy();
  }
}
