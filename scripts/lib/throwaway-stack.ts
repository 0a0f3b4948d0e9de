import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cmsInstance, ensureCmsBuilt, startCms, type CmsInstance } from './cms.ts';
import { ROOT } from './paths.ts';
import { dropPostgresDatabase, freshPostgresDatabase } from './postgres.ts';
import { run, stopGroup } from './processes.ts';

export interface ThrowawayOptions {
  /** `sqlite` (a file in runDir, the default) or `postgres` (a fresh database, see scripts/lib/postgres.ts). */
  database?: 'sqlite' | 'postgres';
  /** Load content/ with the real seed script first (the site needs it; the intake does not). */
  seed?: boolean;
  siteUrl?: string;
  env?: NodeJS.ProcessEnv;
  /** Register the publisher's webhook (and the preview) at this URL. */
  publishHookUrl?: string;
  /** Seed from this folder instead of content/ (the scale benchmark's synthetic copies). */
  contentDir?: string;
}

/**
 * A Strapi on a fresh database in `runDir`, optionally seeded from content/ by the real seed script, and started.
 * The tests and the benchmarks run against these, never against the data of `npm start`. Behind no proxy, but
 * trusting X-Forwarded-For (TRUST_PROXY), so a test can speak for many visitors' addresses.
 */
export async function startThrowawayCms(
  runDir: string,
  port: number,
  options: ThrowawayOptions = {},
): Promise<{ instance: CmsInstance; seedMs: number; pid: number; stop(): Promise<void> }> {
  const { database = 'sqlite', seed = true } = options;
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const dataDir = path.join(runDir, 'cms');
  await ensureCmsBuilt();
  const dbName = `tes_test_${port}`;
  const databaseEnv = database === 'postgres' ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: freshPostgresDatabase(dbName), DATABASE_POOL_MAX: '10' } : {};
  const instance = cmsInstance({
    dataDir,
    port,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(options.publishHookUrl ? { publishHookUrl: options.publishHookUrl } : {}),
    env: { TRUST_PROXY: 'true', ...databaseEnv, ...options.env },
  });
  const seedStarted = performance.now();
  if (seed)
    await run(process.execPath, [path.join(ROOT, 'scripts', 'seed.ts')], {
      cwd: ROOT,
      env: { ...instance.env, TES_CMS_DATA_DIR: dataDir, ...(options.contentDir ? { TES_CONTENT_DIR: options.contentDir } : {}) },
    });
  const seedMs = performance.now() - seedStarted;
  const child = await startCms(instance, { quiet: true });
  return {
    instance,
    /** How long the seed took (0 without one). */
    seedMs: seed ? seedMs : 0,
    // Strapi's own process (the benchmarks read its memory).
    pid: child.pid!,
    stop: async () => {
      await stopGroup(child);
      if (database === 'postgres') dropPostgresDatabase(dbName);
    },
  };
}
