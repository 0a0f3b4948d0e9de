import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { buildSite } from '../../scripts/lib/site-build.ts';
import { startThrowawayCms } from '../../scripts/lib/throwaway-stack.ts';
import { TEST_CMS_PORT, TEST_RUN_DIR, TEST_SITE_PORT, type TestStack } from './stack.ts';

/**
 * The real stack, end to end, on throwaway data: a fresh Strapi seeded from content/ by the real seed script,
 * the site built from it by the real Astro build and Pagefind, served. Returns the teardown.
 */
export default async function globalSetup() {
  const siteUrl = `http://127.0.0.1:${TEST_SITE_PORT}`;
  process.env.SITE_URL = siteUrl;
  const cms = await startThrowawayCms(TEST_RUN_DIR, TEST_CMS_PORT);
  const distDir = path.join(TEST_RUN_DIR, 'dist');
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    await buildSite({ strapiUrl: cms.instance.url, tokenFile: cms.instance.tokenFile, outDir: distDir, quiet: true });
    server = await serveStatic(distDir, TEST_SITE_PORT);
  } catch (error) {
    await cms.stop();
    throw error;
  }

  const info: TestStack = {
    runDir: TEST_RUN_DIR,
    siteUrl,
    cmsUrl: cms.instance.url,
    distDir,
    cmsDataDir: cms.instance.dataDir,
    tokenFile: cms.instance.tokenFile,
    admin: cms.instance.admin,
  };
  writeFileSync(path.join(TEST_RUN_DIR, 'stack.json'), JSON.stringify(info, null, 2));

  return async () => {
    await new Promise((resolve) => server?.close(resolve));
    await cms.stop();
  };
}
