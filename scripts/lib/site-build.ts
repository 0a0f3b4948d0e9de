import { rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { assertComplete, assertNoPlaceholders, isProduction } from './disclosure-check.ts';
import { assertHtmlQuality } from './html-checks.ts';
import { copyReferencedMedia } from './media.ts';
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
}

/** Builds the static site from Strapi (astro build), then its search index (Pagefind). Returns timings in ms. */
export async function buildSite(options: SiteBuildOptions): Promise<{ astroMs: number; pagefindMs: number; pages: number }> {
  const outDir = options.outDir ?? DIST_DIR;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STRAPI_URL: options.strapiUrl,
    PUBLIC_CMS_URL: options.publicCmsUrl ?? process.env.PUBLIC_CMS_URL ?? options.strapiUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.token ? { STRAPI_TOKEN: options.token } : {}),
    ...(options.tokenFile ? { STRAPI_TOKEN_FILE: options.tokenFile } : {}),
    ...(options.preview ? { STRAPI_STATUS: 'draft', TES_BASE_PATH: '/preview' } : { STRAPI_STATUS: 'published', TES_BASE_PATH: '' }),
  };
  const astroStarted = performance.now();
  await runCapturing(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env,
    quiet: options.quiet ?? false,
  });
  await copyReferencedMedia(outDir, options.strapiUrl);
  const astroMs = performance.now() - astroStarted;
  if (!options.preview) {
    // The standard requires every item in both languages: a gap fails the build rather than going live.
    if (!options.allowIncomplete) assertComplete(outDir);
    // Going live (SITE_ENV=production): a placeholder or an admitted gap fails the build instead of being published.
    if (isProduction()) assertNoPlaceholders(outDir);
    assertHtmlQuality(outDir);
  }

  const pagefindStarted = performance.now();
  const pages = await indexSite(outDir);
  return { astroMs, pagefindMs: performance.now() - pagefindStarted, pages };
}

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
    const { errors, page_count } = await index.addDirectory({ path: outDir });
    if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    if (page_count === 0) throw new Error('Pagefind indexed no page: is <main data-pagefind-body> missing?');
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return page_count;
  } finally {
    await pagefind.close();
  }
}
