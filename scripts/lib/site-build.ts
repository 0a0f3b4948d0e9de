import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { assertComplete, assertNoPlaceholders, isProduction } from './disclosure-check.ts';
import { assertHtmlQuality } from './html-checks.ts';
import { copyReferencedMedia } from './media.ts';
import { precompress } from './precompress.ts';
import { fillSiteMaps } from './site-map.ts';
import { writeCspHashes } from './csp.ts';
import { readBuiltPages } from './built-pages.ts';
import { openSearchIndex } from './search-index.ts';
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
 * index (Pagefind) and writes every text file precompressed. Returns timings in ms; the search index's steps run
 * beside compression and the checks, so the steps add up to more than the build took.
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
  // Every step after Astro reads every page: read once, here (a step that changes a page updates it in `built`).
  const built = await step('read', () => readBuiltPages(outDir));
  const basePath = options.preview ? '/preview' : '';
  await step('siteMaps', () => fillSiteMaps(outDir, basePath, built));
  await step('media', () => copyReferencedMedia(outDir, options.strapiUrl, built));
  // The pages are final. Pagefind, in its own process, indexes them while this one compresses the site, then writes
  // its index while this one checks the pages (a check that fails still fails the build before anything goes live):
  // at ×50 content that overlap is most of what keeps publish → live within 30 s (issue 17, point 5).
  const searchDir = path.join(outDir, 'pagefind');
  rmSync(searchDir, { recursive: true, force: true });
  const search = await openSearchIndex();
  let pages: number;
  try {
    [pages] = await Promise.all([step('searchAdd', () => search.add(built)), step('compress', () => precompress(outDir, options.previousDir))]);
    await Promise.all([
      step('searchWrite', () => search.write(searchDir)),
      step('checks', () => {
        writeCspHashes(outDir, built);
        if (options.preview) return;
        // The standard requires every item in both languages: a gap fails the build rather than going live.
        if (!options.allowIncomplete) assertComplete(outDir, built);
        // Going live (SITE_ENV=production): a placeholder or an admitted gap fails the build instead of being published.
        if (isProduction()) assertNoPlaceholders(outDir, built);
        assertHtmlQuality(outDir, built);
      }),
    ]);
  } finally {
    await search.close();
  }
  await step('compressIndex', () => precompress(searchDir, options.previousDir ? path.join(options.previousDir, 'pagefind') : null));
  const astroMs = steps.astro! + steps.read! + steps.siteMaps! + steps.media!;
  return { astroMs, pagefindMs: steps.searchAdd! + steps.searchWrite!, compressMs: steps.compress! + steps.compressIndex!, pages, steps };
}

/** One line for a log: each step's seconds. */
export const describeSteps = (steps: Record<string, number>): string =>
  Object.entries(steps)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
