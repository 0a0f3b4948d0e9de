/**
 * `npm run bench:publish` — time from clicking Publish to the change being served, for a one-entry change.
 * A benchmark, not a test: it reports the median of BENCH_RUNS (default 5) and asserts nothing about time.
 *
 * Starts a throwaway Strapi (seeded from content/) and the site with its publisher, as `npm start` does; then,
 * each run, edits one Tatar FAQ answer through the admin API, publishes it, and polls the served page until it
 * shows the new text. Writes reports/bench-publish.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startPublisherService } from '../../publisher/service.ts';
import { publisherSettings } from '../lib/cms.ts';
import { ROOT } from '../lib/paths.ts';
import { timePublishes } from '../lib/publish-timing.ts';
import { startThrowawayCms } from '../lib/throwaway-stack.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SITE_PORT = 4330;
const runDir = path.join(ROOT, 'tests', '.tmp', 'bench-publish');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const siteUrl = `http://127.0.0.1:${SITE_PORT}`;
const cms = await startThrowawayCms(runDir, 1340, { siteUrl, publishHookUrl: `${siteUrl}/_publish/hook` });
const site = await startPublisherService(publisherSettings(cms.instance, path.join(runDir, 'site'), SITE_PORT, true));
try {
  const seconds = await timePublishes(cms.instance, siteUrl, RUNS);
  const report = {
    runs: RUNS,
    secondsEach: seconds.map((value) => Number(value.toFixed(2))),
    medianSeconds: Number(median(seconds).toFixed(2)),
    debounceMs: Number(process.env.PUBLISH_DEBOUNCE_MS ?? 1000),
  };
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
  writeFileSync(path.join(ROOT, 'reports', 'bench-publish.json'), JSON.stringify(report, null, 2));
  console.log(`Publish → live: median ${report.medianSeconds} s over ${RUNS} runs (one-entry change, debounce ${report.debounceMs} ms)`);
} finally {
  await site.stop();
  await cms.stop();
}
