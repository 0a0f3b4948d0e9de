import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cmsInstance, ensureCmsBuilt, startCms } from '../../scripts/lib/cms.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { run, stopGroup } from '../../scripts/lib/processes.ts';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { buildSite } from '../../scripts/lib/site-build.ts';
import { TEST_CMS_PORT, TEST_RUN_DIR, TEST_SITE_PORT, type TestStack } from './stack.ts';

/**
 * The real stack, end to end, on throwaway data: build the CMS if needed, seed a fresh SQLite database from
 * content/ (the real seed script), start Strapi, build the site from it (the real Astro build and Pagefind),
 * serve it. Returns the teardown.
 */
export default async function globalSetup() {
  rmSync(TEST_RUN_DIR, { recursive: true, force: true });
  mkdirSync(TEST_RUN_DIR, { recursive: true });
  const cmsDataDir = path.join(TEST_RUN_DIR, 'cms');
  const distDir = path.join(TEST_RUN_DIR, 'dist');
  const siteUrl = `http://127.0.0.1:${TEST_SITE_PORT}`;
  process.env.SITE_URL = siteUrl;

  await ensureCmsBuilt();
  const instance = cmsInstance({ dataDir: cmsDataDir, port: TEST_CMS_PORT });
  await run(process.execPath, [path.join(ROOT, 'scripts', 'seed.ts')], {
    cwd: ROOT,
    env: { ...process.env, TES_CMS_DATA_DIR: cmsDataDir },
  });
  const cms = await startCms(instance, { quiet: true });
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    await buildSite({ strapiUrl: instance.url, tokenFile: instance.tokenFile, outDir: distDir });
    server = await serveStatic(distDir, TEST_SITE_PORT);
  } catch (error) {
    await stopGroup(cms);
    throw error;
  }

  const info: TestStack = { runDir: TEST_RUN_DIR, siteUrl, cmsUrl: instance.url, distDir, cmsDataDir, tokenFile: instance.tokenFile, admin: instance.admin };
  writeFileSync(path.join(TEST_RUN_DIR, 'stack.json'), JSON.stringify(info, null, 2));

  return async () => {
    await new Promise((resolve) => server?.close(resolve));
    await stopGroup(cms);
  };
}
