/**
 * `npm run bench` — build time and page weight, on this machine. A benchmark, not a test: it reports figures,
 * asserts nothing about time, and uses medians because timings on a shared 2-core machine are noisy.
 *
 * Starts a throwaway Strapi (seeded from content/), builds the site BENCH_RUNS times (default 5), and weighs every
 * page type in both languages: HTML (CSS is inlined), brotli-compressed as a server would send it, and the
 * JavaScript it loads, against its budget (14 KB and no script file for content, 70 KB of JavaScript for an island);
 * and every form page's island.
 * Writes reports/bench-build.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { builtPageFiles } from '../lib/built-pages.ts';
import { ROOT } from '../lib/paths.ts';
import { islandWeight } from '../lib/island-weight.ts';
import { PAGE_TYPES } from '../lib/page-types.ts';
import { buildSite } from '../lib/site-build.ts';
import { startThrowawayCms } from '../lib/throwaway-stack.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The budget of a content page, HTML + CSS + fonts, brotli. */
const BUDGET_BYTES = 14 * 1024;
/** The office finder's island: React, the renderer and our code, before the map is asked for (issue 4). */
const ISLAND_BUDGET_BYTES = 70 * 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const brotli = (buffer: Buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const runDir = path.join(ROOT, 'tests', '.tmp', 'bench');
const cms = await startThrowawayCms(runDir, 1339);
try {
  const outDir = path.join(runDir, 'dist');
  const builds = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const result = await buildSite({ strapiUrl: cms.instance.url, tokenFile: cms.instance.tokenFile, outDir, quiet: true });
    builds.push(result);
    console.log(`build ${run}/${RUNS}: astro ${(result.astroMs / 1000).toFixed(2)} s, pagefind ${(result.pagefindMs / 1000).toFixed(2)} s`);
  }

  // Every page type in both languages, as a server sends it (brotli, quality 11): the HTML with its inlined CSS, and
  // the JavaScript it loads before the visitor does anything. A content page loads no script file; a page with an
  // island carries its JavaScript within ISLAND_BUDGET_BYTES.
  const weights = PAGE_TYPES.flatMap((type) =>
    (['ru', 'tt'] as const).map((locale) => {
      const page = `${locale}/${type}`;
      const html = readFileSync(path.join(outDir, page, 'index.html'));
      const js = islandWeight(outDir, `${page}index.html`);
      const scripts = [...html.toString().matchAll(/<script[^>]*src="([^"]+)"/g)].length + js.eager.length;
      const stylesheets = [...html.toString().matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].length;
      const island = js.eager.length > 0;
      return {
        page: `/${page}`,
        kind: island ? 'island' : 'content',
        htmlBrotliBytes: brotli(html),
        jsBrotliBytes: island ? js.totalBrotliBytes : 0,
        scripts,
        externalStylesheets: stylesheets,
        withinBudget: island ? js.totalBrotliBytes <= ISLAND_BUDGET_BYTES : brotli(html) <= BUDGET_BYTES && scripts === 0,
      };
    }),
  );
  const contentPages = weights.filter((weight) => weight.kind === 'content');
  const finderPage = readFileSync(path.join(outDir, 'ru', 'offices', 'index.html'));
  const finder = { ...islandWeight(outDir, 'ru/offices/index.html'), htmlBrotliBytes: brotli(finderPage), budgetBytes: ISLAND_BUDGET_BYTES };
  // Every page with a form island (hydrated from its own module script): the estimate, the intake's forms, the report.
  const formPages = builtPageFiles(outDir)
    .map((file) => path.relative(outDir, path.dirname(file)).split(path.sep).join('/'))
    .filter((page) => page.startsWith('ru/') && /^ru\/(appeal|readings|tariffs\/estimate|services\/[a-z-]+|outages\/report)(\/status)?$/.test(page))
    .sort()
    .map((page) => ({
      page: `/${page}/`,
      ...islandWeight(outDir, `${page}/index.html`),
      htmlBrotliBytes: brotli(readFileSync(path.join(outDir, page, 'index.html'))),
      budgetBytes: ISLAND_BUDGET_BYTES,
    }));
  const report = {
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    pagesBuilt: builtPageFiles(outDir).length,
    runs: RUNS,
    astroBuildMedianMs: Math.round(median(builds.map((build) => build.astroMs))),
    pagefindMedianMs: Math.round(median(builds.map((build) => build.pagefindMs))),
    pagesIndexed: builds[0]!.pages,
    budgetBytes: BUDGET_BYTES,
    pages: weights,
    maxPageBrotliBytes: Math.max(...contentPages.map((weight) => weight.htmlBrotliBytes)),
    allWithinBudget: weights.every((weight) => weight.withinBudget) && formPages.every((form) => form.totalBrotliBytes <= ISLAND_BUDGET_BYTES),
    finder,
    formPages,
  };
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
  writeFileSync(path.join(ROOT, 'reports', 'bench-build.json'), JSON.stringify(report, null, 2));
  console.table(weights);
  console.log(
    `${report.pagesBuilt} pages; astro build median ${(report.astroBuildMedianMs / 1000).toFixed(2)} s, pagefind median ` +
      `${(report.pagefindMedianMs / 1000).toFixed(2)} s; heaviest content page ${report.maxPageBrotliBytes} B brotli ` +
      `(budget ${BUDGET_BYTES} B), JS files on content pages: ${Math.max(...contentPages.map((weight) => weight.scripts))}`,
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `office finder: island JS ${kb(finder.totalBrotliBytes)} brotli (budget ${kb(ISLAND_BUDGET_BYTES)}), map on request ` +
      `${kb(finder.lazy.reduce((sum, file) => sum + file.brotliBytes, 0))}, page HTML ${kb(finder.htmlBrotliBytes)}`,
  );
  for (const form of formPages)
    console.log(`${form.page}: island JS ${kb(form.totalBrotliBytes)} brotli (budget ${kb(ISLAND_BUDGET_BYTES)}), page HTML ${kb(form.htmlBrotliBytes)}`);
} finally {
  await cms.stop();
}
