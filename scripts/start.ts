/**
 * `npm start` — the whole site on this machine, on the embedded database:
 * installs what is missing, builds the CMS if needed, seeds it on the first run, starts Strapi on SQLite,
 * builds the static site from it and serves it — and rebuilds it whenever an editor publishes (Strapi's webhook →
 * the publisher → an atomic switch to the new build). Ctrl-C stops everything.
 *
 * SITE_PORT (default 4321) and CMS_PORT (default 1337) choose the ports.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled } from './lib/install.ts';
import { CMS_DIR, LOCAL_DATA_DIR, ROOT } from './lib/paths.ts';

ensureInstalled(ROOT, 'site');
ensureInstalled(CMS_DIR, 'CMS');

// Imported only now: these need the packages installed above.
const { cmsInstance, ensureCmsBuilt, publisherSettings, startCms } = await import('./lib/cms.ts');
const { stopGroup } = await import('./lib/processes.ts');
const { startPublisherService } = await import('../publisher/service.ts');
const { seed } = await import('./seed.ts');

const sitePort = Number(process.env.SITE_PORT ?? 4321);
const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const siteUrl = `http://127.0.0.1:${sitePort}`;
// The CMS needs the site's address: the forms post to it from there (CORS), and its e-mails and pages link back;
// its webhook tells the publisher when to rebuild.
const instance = cmsInstance({ dataDir: LOCAL_DATA_DIR, port: cmsPort, siteUrl, publishHookUrl: `${siteUrl}/_publish/hook` });

await ensureCmsBuilt();
const seededMarker = path.join(LOCAL_DATA_DIR, 'seeded-at');
if (!existsSync(seededMarker)) {
  console.log('› First run: loading content/ into Strapi…');
  const report = await seed(LOCAL_DATA_DIR);
  console.log(`  ${report.created.length} entries created and ${report.published.length} published`);
  writeFileSync(seededMarker, new Date().toISOString());
}

console.log('› Starting Strapi…');
const cms = await startCms(instance, { quiet: true });
let site: Awaited<ReturnType<typeof startPublisherService>> | undefined;
// Ctrl-C reaches us with npm's own signal on its heels: stop once, Strapi first (it runs in its own process
// group, so nothing else would stop it), without waiting for a build in progress.
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([stopGroup(cms), site?.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

try {
  console.log('› Building the site from Strapi…');
  site = await startPublisherService(publisherSettings(instance, path.join(ROOT, '.site'), sitePort));
} catch (error) {
  await stopGroup(cms);
  throw error;
}

console.log(`
  Site:          ${siteUrl}/   (Russian: /ru/, Tatar: /tt/)
  Strapi admin:  ${instance.url}/admin
                 e-mail    ${instance.admin.email}
                 password  ${instance.admin.password}
                 (a local administrator; the password is in cms/.data/admin.json)

  Publishing in the admin rebuilds the site within seconds; «Публикация сайта» in the admin and
  ${siteUrl}/_publish/status show how the last build went.
  Forms (/ru/appeal/, /ru/readings/) post to this Strapi; without SMTP_HOST their e-mails are not sent.
  Press Ctrl-C to stop.
`);
