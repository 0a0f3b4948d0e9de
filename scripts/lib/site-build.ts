import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { assertComplete, assertNoPlaceholders, isProduction } from './disclosure-check.ts';
import { assertHtmlQuality } from './html-checks.ts';
import { copyReferencedMedia } from './media.ts';
import { precompress } from './precompress.ts';
import { fillSiteMaps } from './site-map.ts';
import { writeCspHashes } from './csp.ts';
import { indexableHtml } from '../../site/lib/search-normalize.ts';
import { DIST_DIR, ROOT } from './paths.ts';
import { runCapturing } from './processes.ts';

export interface SiteBuildOptions {
  strapiUrl: string;
  /**
   * Where visitors' browsers reach the CMS's intake (the forms post there): PUBLIC_CMS_URL, default `strapiUrl`.
   * Empty means the same origin as the site (a proxy forwards /api/intake/ to Strapi).
   */
  publicCmsUrl?: string;
  tokenFile?: string;
  token?: string;
  /** Where to write the site (default dist/). */
  outDir?: string;
  /** Only warnings and errors from Astro (tests, benchmarks). */
  quiet?: boolean;
  /** Skip the disclosure completeness check (only for tests that build deliberately partial content). */
  allowIncomplete?: boolean;
  /**
   * The draft preview: reads drafts (STRAPI_STATUS=draft), mounts the site under /preview, marks pages noindex,
   * and skips the publication checks, which are about what goes live.
   */
  preview?: boolean;
  /**
   * Astro's cache folder for incremental builds (TES_BUILD_CACHE_DIR): pages whose data and code are unchanged since
   * the last build with this folder are copied, not rendered. One folder per site that builds (the publisher's).
   */
  cacheDir?: string;
  /** The live release: files unchanged since it keep its compressed copies instead of being compressed again. */
  previousDir?: string | null;
  /** Given Astro's build process as it starts (the scale benchmark reads its peak memory). */
  onAstroProcess?: (child: ChildProcess) => void;
}

/** What a build took, step by step (ms): the publisher logs it, the benchmarks report it. */
export interface SiteBuildResult {
  astroMs: number;
  pagefindMs: number;
  compressMs: number;
  pages: number;
  steps: Record<string, number>;
}

/**
 * Builds the static site from Strapi (astro build), fills the HTML site map, checks the pages, builds the search
 * index (Pagefind) and writes every text file precompressed. Returns timings in ms.
 */
export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const outDir = options.outDir ?? DIST_DIR;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STRAPI_URL: options.strapiUrl,
    PUBLIC_CMS_URL: options.publicCmsUrl ?? process.env.PUBLIC_CMS_URL ?? options.strapiUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.token ? { STRAPI_TOKEN: options.token } : {}),
    ...(options.tokenFile ? { STRAPI_TOKEN_FILE: options.tokenFile } : {}),
    ...(options.preview ? { STRAPI_STATUS: 'draft', TES_BASE_PATH: '/preview' } : { STRAPI_STATUS: 'published', TES_BASE_PATH: '' }),
    TES_BUILD_CACHE_DIR: options.cacheDir ?? '',
  };
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      steps[name] = performance.now() - started;
    }
  };
  await step('astro', () =>
    runCapturing(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env,
      quiet: options.quiet ?? false,
      ...(options.onAstroProcess ? { onSpawn: options.onAstroProcess } : {}),
    }),
  );
  await step('media', () => copyReferencedMedia(outDir, options.strapiUrl));
  await step('siteMaps', () => fillSiteMaps(outDir, options.preview ? '/preview' : ''));
  await step('csp', () => writeCspHashes(outDir));
  if (!options.preview)
    await step('checks', () => {
      // The standard requires every item in both languages: a gap fails the build rather than going live.
      if (!options.allowIncomplete) assertComplete(outDir);
      // Going live (SITE_ENV=production): a placeholder or an admitted gap fails the build instead of being published.
      if (isProduction()) assertNoPlaceholders(outDir);
      assertHtmlQuality(outDir);
    });
  const pages = await step('pagefind', () => indexSite(outDir));
  await step('compress', () => precompress(outDir, options.previousDir));
  const astroMs = steps.astro! + steps.media! + steps.siteMaps! + steps.csp!;
  return { astroMs, pagefindMs: steps.pagefind!, compressMs: steps.compress!, pages, steps };
}

/** One line for a log: each step's seconds. */
export const describeSteps = (steps: Record<string, number>): string =>
  Object.entries(steps)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');

/**
 * One Pagefind index per <html lang> (Pagefind splits by language itself), built from <main data-pagefind-body>
 * only, so navigation and footers never match a search. Pagefind reports problems in `errors` instead of
 * throwing: each one fails the build here.
 */
export async function indexSite(outDir: string): Promise<number> {
  rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    // Each page as search reads it (site/lib/search-normalize.ts: ё as е, «3 900» as «3900»), the search page's
    // query being normalized the same way; the excerpts shown come from this text too.
    let page_count = 0;
    for (const file of htmlFilesUnder(outDir)) {
      const url = `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
      const { errors, file: added } = await index.addHTMLFile({ url, content: indexableHtml(readFileSync(file, 'utf8')) });
      if (errors.length) throw new Error(`Pagefind: ${url}: ${errors.join('; ')}`);
      if (added?.uniqueWords) page_count += 1;
    }
    if (page_count === 0) throw new Error('Pagefind indexed no page: is <main data-pagefind-body> missing?');
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return page_count;
  } finally {
    await pagefind.close();
  }
}

/** The built pages (not Pagefind's own files, not the media). */
function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['pagefind', 'media', '_astro'].includes(entry.name) ? [] : htmlFilesUnder(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}
