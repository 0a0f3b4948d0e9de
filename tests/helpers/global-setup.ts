import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startPublisherService } from '../../publisher/service.ts';
import { publisherSettings } from '../../scripts/lib/cms.ts';
import { startThrowawayCms } from '../../scripts/lib/throwaway-stack.ts';
import { startSmtpCapture } from './smtp-capture.ts';
import { TEST_CMS_PORT, TEST_PG_CMS_PORT, TEST_RUN_DIR, TEST_SITE_PORT, TEST_SMTP_PORT, type TestStack } from './stack.ts';

/**
 * The real stack, end to end, on throwaway data: a fresh Strapi seeded from content/ by the real seed script,
 * the site built from it by the real Astro build and Pagefind and served — with the publisher listening to
 * Strapi's webhook, as `npm start` runs it; the same Strapi code on a fresh PostgreSQL database for the intake
 * tests; an SMTP server capturing the mail both send. Returns the teardown.
 */
export default async function globalSetup() {
  const siteUrl = `http://127.0.0.1:${TEST_SITE_PORT}`;
  process.env.SITE_URL = siteUrl;
  // Short debounce: the tests publish one entry at a time and wait for the result.
  process.env.PUBLISH_DEBOUNCE_MS ??= '300';
  // No rebuild at 03:00 in the middle of a run: a test that publishes waits for its own build.
  process.env.PUBLISHER_DAILY_REBUILD ??= 'off';
  const mailDir = path.join(TEST_RUN_DIR, 'mail');
  const mailEnv = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(TEST_SMTP_PORT), SMTP_IGNORE_TLS: 'true' };

  const cms = await startThrowawayCms(TEST_RUN_DIR, TEST_CMS_PORT, { siteUrl, env: mailEnv, publishHookUrl: `${siteUrl}/_publish/hook` });
  const stops: Array<() => Promise<void>> = [cms.stop];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const smtp = await startSmtpCapture(TEST_SMTP_PORT, mailDir);
    stops.push(smtp.close);
    const [postgres, site] = await Promise.all([
      startThrowawayCms(path.join(TEST_RUN_DIR, 'postgres'), TEST_PG_CMS_PORT, { database: 'postgres', seed: false, siteUrl, env: mailEnv }),
      startPublisherService(publisherSettings(cms.instance, path.join(TEST_RUN_DIR, 'site'), TEST_SITE_PORT, true)),
    ]);
    stops.push(postgres.stop, site.stop);

    const info: TestStack = {
      runDir: TEST_RUN_DIR,
      siteUrl,
      cmsUrl: cms.instance.url,
      distDir: path.join(TEST_RUN_DIR, 'site', 'current'),
      cmsDataDir: cms.instance.dataDir,
      tokenFile: cms.instance.tokenFile,
      admin: cms.instance.admin,
      filesDir: cms.instance.env.INTAKE_FILES_DIR!,
      postgres: {
        cmsUrl: postgres.instance.url,
        admin: postgres.instance.admin,
        filesDir: postgres.instance.env.INTAKE_FILES_DIR!,
        databaseUrl: postgres.instance.env.DATABASE_URL!,
      },
      mailDir,
    };
    writeFileSync(path.join(TEST_RUN_DIR, 'stack.json'), JSON.stringify(info, null, 2));
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
