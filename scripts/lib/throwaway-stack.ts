import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cmsInstance, ensureCmsBuilt, startCms, type CmsInstance } from './cms.ts';
import { ROOT } from './paths.ts';
import { run, stopGroup } from './processes.ts';

/**
 * A Strapi on a fresh SQLite database in `runDir`, seeded from content/ by the real seed script, and started.
 * The tests and the benchmarks run against one of these, never against the data of `npm start`.
 */
export async function startThrowawayCms(runDir: string, port: number, publishHookUrl?: string): Promise<{ instance: CmsInstance; stop(): Promise<void> }> {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const dataDir = path.join(runDir, 'cms');
  await ensureCmsBuilt();
  const instance = cmsInstance({ dataDir, port, ...(publishHookUrl ? { publishHookUrl } : {}) });
  await run(process.execPath, [path.join(ROOT, 'scripts', 'seed.ts')], { cwd: ROOT, env: { ...process.env, TES_CMS_DATA_DIR: dataDir } });
  const child = await startCms(instance, { quiet: true });
  return { instance, stop: () => stopGroup(child) };
}
