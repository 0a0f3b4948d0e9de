import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLiveSite } from '../../scripts/lib/live-site.ts';
import { startThrowawayCms } from '../../scripts/lib/throwaway-stack.ts';
import { TEST_CMS_PORT, TEST_RUN_DIR, TEST_SITE_PORT, type TestStack } from './stack.ts';

/**
 * The real stack, end to end, on throwaway data: a fresh Strapi seeded from content/ by the real seed script,
 * the site built from it by the real Astro build and Pagefind and served — with the publisher listening to
 * Strapi's webhook, as `npm start` runs it. Returns the teardown.
 */
export default async function globalSetup() {
  const siteUrl = `http://127.0.0.1:${TEST_SITE_PORT}`;
  process.env.SITE_URL = siteUrl;
  // Short debounce: the tests publish one entry at a time and wait for the result.
  process.env.PUBLISH_DEBOUNCE_MS ??= '300';
  const cms = await startThrowawayCms(TEST_RUN_DIR, TEST_CMS_PORT, `${siteUrl}/_publish/hook`);
  let site: Awaited<ReturnType<typeof startLiveSite>>;
  try {
    site = await startLiveSite({ cms: cms.instance, root: path.join(TEST_RUN_DIR, 'site'), port: TEST_SITE_PORT, quiet: true });
  } catch (error) {
    await cms.stop();
    throw error;
  }

  const info: TestStack = {
    runDir: TEST_RUN_DIR,
    siteUrl,
    cmsUrl: cms.instance.url,
    distDir: path.join(TEST_RUN_DIR, 'site', 'current'),
    cmsDataDir: cms.instance.dataDir,
    tokenFile: cms.instance.tokenFile,
    admin: cms.instance.admin,
  };
  writeFileSync(path.join(TEST_RUN_DIR, 'stack.json'), JSON.stringify(info, null, 2));

  return async () => {
    await site.stop();
    await cms.stop();
  };
}
