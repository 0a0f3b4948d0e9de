/**
 * `npm run bench -- --scale 1,10,50` — cost as content grows (issue 17). A benchmark, not a test: it reports figures
 * and asserts nothing about time.
 *
 * For each factor: content/ with every growing type repeated that many times (scripts/lib/scaled-content.ts), seeded
 * into a fresh Strapi by the real seed; the site built once as the publisher builds it (Astro, Pagefind,
 * compression), with the peak memory of Astro's process (its VmHWM); then the publisher started on it and
 * publish → live timed for a one-entry change (median of BENCH_RUNS, default 3). Per page and in total.
 * Writes reports/bench-scale.json.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startPublisherService } from '../../publisher/service.ts';
import { publisherSettings } from '../lib/cms.ts';
import { builtPageFiles } from '../lib/built-pages.ts';
import { ROOT } from '../lib/paths.ts';
import { timePublishes } from '../lib/publish-timing.ts';
import { writeScaledContent } from '../lib/scaled-content.ts';
import { buildSite } from '../lib/site-build.ts';
import { startThrowawayCms } from '../lib/throwaway-stack.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CMS_PORT = 1341;
const SITE_PORT = 4331;
const runDir = path.join(ROOT, 'tests', '.tmp', 'bench-scale');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const s = (ms: number) => Number((ms / 1000).toFixed(2));

/** The peak resident memory of a child, read from /proc while it runs (VmHWM only grows). */
function peakMemory(child: ChildProcess): () => number {
  let peak = 0;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) * 1024);
    } catch {
      /* gone */
    }
  };
  const timer = setInterval(read, 100);
  child.once('exit', () => clearInterval(timer));
  return () => peak;
}

async function measure(factor: number) {
  const dir = path.join(runDir, `x${factor}`);
  const content = path.join(runDir, `content-x${factor}`);
  const { copies } = writeScaledContent(factor, content);
  const siteUrl = `http://127.0.0.1:${SITE_PORT}`;
  // The real seed (npm run seed) of the synthetic content, before Strapi serves, as `npm start` seeds.
  const cms = await startThrowawayCms(dir, CMS_PORT, { contentDir: content, siteUrl, publishHookUrl: `${siteUrl}/_publish/hook` });
  try {
    const seedMs = cms.seedMs;

    let astroPeak = () => 0;
    const outDir = path.join(dir, 'dist');
    const started = performance.now();
    const build = await buildSite({
      strapiUrl: cms.instance.url,
      tokenFile: cms.instance.tokenFile,
      outDir,
      quiet: true,
      onAstroProcess: (child) => (astroPeak = peakMemory(child)),
    });
    const totalMs = performance.now() - started;
    const pages = builtPageFiles(outDir).length;

    const site = await startPublisherService(publisherSettings(cms.instance, path.join(dir, 'site'), SITE_PORT, true));
    let publishes: number[];
    let publishSteps: Record<string, number> = {};
    try {
      publishes = await timePublishes(cms.instance, siteUrl, RUNS);
      publishSteps = Object.fromEntries(Object.entries(site.lastBuildSteps() ?? {}).map(([step, ms]) => [step, s(ms)]));
    } finally {
      await site.stop();
    }
    const result = {
      factor,
      copiedFiles: copies,
      pages,
      seedSeconds: s(seedMs),
      astroSeconds: s(build.astroMs),
      pagefindSeconds: s(build.pagefindMs),
      compressSeconds: s(build.compressMs),
      buildTotalSeconds: s(totalMs),
      buildMsPerPage: Number((totalMs / pages).toFixed(2)),
      astroPeakMemoryMB: Math.round(astroPeak() / 1024 / 1024),
      benchPeakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
      publishToLiveSeconds: publishes.map((value) => Number(value.toFixed(2))),
      publishToLiveMedianSeconds: Number(median(publishes).toFixed(2)),
      // Where the last publish's build spent its time (seconds), before the release switch.
      lastPublishStepsSeconds: publishSteps,
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    await cms.stop();
  }
}

export async function benchScale(factors: number[]) {
  const results: Array<Awaited<ReturnType<typeof measure>>> = [];
  for (const factor of factors) results.push(await measure(factor));
  const at = (factor: number) => results.find((result) => result.factor === factor);
  const report = {
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    runs: RUNS,
    results,
    // The goal: ×50 at most 1.2 times the cost per page of ×10, under 2 GB, live within 30 s.
    perPageRatio50to10: at(50) && at(10) ? Number((at(50)!.buildMsPerPage / at(10)!.buildMsPerPage).toFixed(2)) : null,
  };
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
  writeFileSync(path.join(ROOT, 'reports', 'bench-scale.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table(results.map(({ publishToLiveSeconds: _runs, lastPublishStepsSeconds: _steps, ...rest }) => rest));
  for (const result of results) console.log(`×${result.factor}, last publish: ${JSON.stringify(result.lastPublishStepsSeconds)}`);
  if (report.perPageRatio50to10 !== null) console.log(`build cost per page, ×50 against ×10: ${report.perPageRatio50to10}`);
}
