import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../scripts/lib/serve.ts';
import { buildSite } from '../../scripts/lib/site-build.ts';
import { startThrowawayCms } from '../../scripts/lib/throwaway-stack.ts';
import { startSmtpCapture } from './smtp-capture.ts';
import { TEST_CMS_PORT, TEST_PG_CMS_PORT, TEST_RUN_DIR, TEST_SITE_PORT, TEST_SMTP_PORT, type TestStack } from './stack.ts';

/**
 * The real stack, end to end, on throwaway data: a fresh Strapi seeded from content/ by the real seed script,
 * the site built from it by the real Astro build and Pagefind, served; the same Strapi code on a fresh PostgreSQL
 * database for the intake tests; an SMTP server capturing the mail both send. Returns the teardown.
 */
export default async function globalSetup() {
  const siteUrl = `http://127.0.0.1:${TEST_SITE_PORT}`;
  process.env.SITE_URL = siteUrl;
  const mailDir = path.join(TEST_RUN_DIR, 'mail');
  const mailEnv = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(TEST_SMTP_PORT), SMTP_IGNORE_TLS: 'true' };

  const cms = await startThrowawayCms(TEST_RUN_DIR, TEST_CMS_PORT, { siteUrl, env: mailEnv });
  const stops: Array<() => Promise<void>> = [cms.stop];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const smtp = await startSmtpCapture(TEST_SMTP_PORT, mailDir);
    stops.push(smtp.close);
    const distDir = path.join(TEST_RUN_DIR, 'dist');
    const [postgres] = await Promise.all([
      startThrowawayCms(path.join(TEST_RUN_DIR, 'postgres'), TEST_PG_CMS_PORT, { database: 'postgres', seed: false, siteUrl, env: mailEnv }),
      buildSite({ strapiUrl: cms.instance.url, publicCmsUrl: cms.instance.url, tokenFile: cms.instance.tokenFile, outDir: distDir, quiet: true }),
    ]);
    stops.push(postgres.stop);
    const server = await serveStatic(distDir, TEST_SITE_PORT);
    stops.push(() => new Promise((resolve) => server.close(() => resolve())));

    const info: TestStack = {
      runDir: TEST_RUN_DIR,
      siteUrl,
      cmsUrl: cms.instance.url,
      distDir,
      cmsDataDir: cms.instance.dataDir,
      tokenFile: cms.instance.tokenFile,
      admin: cms.instance.admin,
      postgres: { cmsUrl: postgres.instance.url, admin: postgres.instance.admin },
      mailDir,
    };
    writeFileSync(path.join(TEST_RUN_DIR, 'stack.json'), JSON.stringify(info, null, 2));
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
