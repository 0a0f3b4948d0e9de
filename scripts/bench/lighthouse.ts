/**
 * `npm run bench:lighthouse` — Lighthouse (mobile, simulated slow 4G) on the page types of issue 16 in both languages,
 * LIGHTHOUSE_RUNS times each (default 3), as the site is served in production: the built files with their
 * precompressed .br/.gz beside them. Reports the median of each score and of LCP, and writes
 * reports/bench-lighthouse.json. A benchmark: it asserts nothing, the machine's load moves the timings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { ROOT } from '../lib/paths.ts';
import { buildSite } from '../lib/site-build.ts';
import { startThrowawayCms } from '../lib/throwaway-stack.ts';
import { LIGHTHOUSE_PAGES, lighthouseOf, withChrome, type LighthouseResult } from '../lib/lighthouse.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = 4399;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const runDir = path.join(ROOT, 'tests', '.tmp', 'bench-lighthouse');
const cms = await startThrowawayCms(runDir, 1340);
try {
  const outDir = path.join(runDir, 'dist');
  await buildSite({ strapiUrl: cms.instance.url, tokenFile: cms.instance.tokenFile, outDir, quiet: true });
  const files = sirv(outDir, { etag: true, extensions: ['html'], brotli: true, gzip: true });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  try {
    const rows = await withChrome(async (port) => {
      const measured = [];
      for (const locale of ['ru', 'tt'] as const)
        for (const page of LIGHTHOUSE_PAGES) {
          const runs: LighthouseResult[] = [];
          for (let run = 0; run < RUNS; run += 1) runs.push(await lighthouseOf(`http://127.0.0.1:${PORT}/${locale}/${page}`, port));
          const row = {
            page: `/${locale}/${page}`,
            performance: median(runs.map((result) => result.scores.performance)),
            accessibility: median(runs.map((result) => result.scores.accessibility)),
            bestPractices: median(runs.map((result) => result.scores['best-practices'])),
            seo: median(runs.map((result) => result.scores.seo)),
            lcpMs: median(runs.map((result) => result.lcpMs)),
            fcpMs: median(runs.map((result) => result.fcpMs)),
            totalBlockingMs: median(runs.map((result) => result.totalBlockingMs)),
          };
          console.log(JSON.stringify(row));
          measured.push(row);
        }
      return measured;
    });
    mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
    writeFileSync(path.join(ROOT, 'reports', 'bench-lighthouse.json'), `${JSON.stringify({ runs: RUNS, pages: rows }, null, 2)}\n`);
    console.table(rows);
  } finally {
    server.close();
  }
} finally {
  await cms.stop();
}
