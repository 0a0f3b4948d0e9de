import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The pages of a build, read once: the build's steps after Astro (site map, media, CSP hashes, checks, the
 * search index) all read every page, and at ×50 content that is thousands of files (issue 17, point 5).
 * A step that changes a page writes the file and updates `html` here, so the steps after it see what is served.
 */
export interface BuiltPage {
  file: string;
  /** The site path: /ru/offices/ for ru/offices/index.html, /404.html for 404.html. */
  url: string;
  html: string;
}

/** Folders of a build that hold no pages: the search index, media, bundled code, nginx's snippets. */
const NOT_PAGES = new Set(['pagefind', 'media', '_astro', '_nginx']);

/** Every .html file of the build (not Pagefind's, not the media), in a stable order. */
export function builtPageFiles(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(outDir, entry.name);
      if (entry.isDirectory()) return NOT_PAGES.has(entry.name) ? [] : builtPageFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    });
}

/** The site path of a built file. */
const pageUrl = (outDir: string, file: string): string => `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');

export function readBuiltPages(outDir: string): BuiltPage[] {
  return builtPageFiles(outDir).map((file) => ({ file, url: pageUrl(outDir, file), html: readFileSync(file, 'utf8') }));
}
