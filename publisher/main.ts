/**
 * `npm run publisher` — the publisher as a service: builds the site from Strapi, makes each build live by an
 * atomic switch of `<PUBLISHER_ROOT>/current`, rebuilds on Strapi's webhook (POST /_publish/hook), reports its
 * state at /_publish/status and in the admin, and serves the draft preview under /preview. Configured by the
 * environment only (publisher/config.ts); SIGTERM lets a build in progress finish, then stops.
 */
import { configFromEnv } from './config.ts';
import { startPublisherService } from './service.ts';

const config = configFromEnv();
const service = await startPublisherService(config);
console.log(`› publisher: live site in ${config.root}/current, listening on ${service.url}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void service.stop().then(() => process.exit(0));
  });
}
