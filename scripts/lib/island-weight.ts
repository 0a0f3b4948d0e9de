import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * What a page's islands cost before the visitor does anything: the island and renderer modules named by each
 * <astro-island>, the page's module scripts, and everything they import statically, plus the page's inline scripts (Astro's island loader),
 * brotli-compressed as a server would send them. The form pages' shared script imports the page's own form once the
 * page has painted (site/islands/hydrate.ts): that form — its module in forms/ named by the page's data-island, as
 * the script's glob map names it — and the renderer are loaded with the page too, and counted; the other forms are
 * not. Modules behind an island's import() — the finder's map and Leaflet — load only on request and are reported
 * apart.
 */
export interface IslandWeight {
  /** Modules loaded with the page, each with its brotli size. */
  eager: Array<{ file: string; brotliBytes: number }>;
  /** Modules reachable only through import(), loaded on request. */
  lazy: Array<{ file: string; brotliBytes: number }>;
  inlineBrotliBytes: number;
  /** eager + inline */
  totalBrotliBytes: number;
}

const brotli = (buffer: Buffer | string) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
// Rolldown writes the specifier of an import() as a template literal.
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
// An entry of Vite's import.meta.glob map: the form island's source path, then its chunk's import().
const FORM_ISLAND_ENTRY = /["'`]\.\/forms\/([\w-]+)\.ts["'`]:\s*\(\)\s*=>[^`"']*?\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function closure(distDir: string, entries: string[], patterns: RegExp[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(distDir, file), 'utf8');
    for (const pattern of patterns) for (const match of code.matchAll(pattern)) queue.push(path.posix.join(path.posix.dirname(file), match[1]!));
  }
  return seen;
}

export function islandWeight(distDir: string, page: string): IslandWeight {
  const html = readFileSync(path.join(distDir, page), 'utf8');
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((match) =>
    ['component-url', 'renderer-url'].map((attribute) => new RegExp(`${attribute}="([^"]+)"`).exec(match[0])?.[1]).filter((url): url is string => Boolean(url)),
  );
  // The form pages hydrate from a module script (site/islands/hydrate.ts), not from an <astro-island>.
  const modules = [...html.matchAll(/<script\b(?=[^>]*\btype="module")[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((match) => match[1]!);
  const codeOf = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
  const resolve = (file: string, specifier: string) => path.posix.join(path.posix.dirname(file), specifier);
  // The page's scripts, and what they import() after the first paint: the renderer, and the forms this page names —
  // not the others in the script's map.
  const pageScripts = closure(distDir, modules, [STATIC_IMPORT]);
  const formsOnPage = new Set([...html.matchAll(/\bdata-island="([\w-]+)"/g)].map((match) => match[1]!));
  const otherForms = new Set(
    [...pageScripts].flatMap((file) => [...codeOf(file).matchAll(FORM_ISLAND_ENTRY)].filter((match) => !formsOnPage.has(match[1]!)).map((match) => resolve(file, match[2]!))),
  );
  const dynamicImportsOf = (files: Iterable<string>) =>
    [...files].flatMap((file) => [...codeOf(file).matchAll(DYNAMIC_IMPORT)].map((match) => resolve(file, match[1]!))).filter((file) => !otherForms.has(file));
  const eager = new Set([...closure(distDir, islands, [STATIC_IMPORT]), ...pageScripts, ...closure(distDir, dynamicImportsOf(pageScripts), [STATIC_IMPORT])]);
  // Everything the islands can import() later, and everything those load in turn.
  const dynamicRoots = dynamicImportsOf(eager);
  const lazy = [...closure(distDir, dynamicRoots, [STATIC_IMPORT, DYNAMIC_IMPORT])].filter((file) => !eager.has(file));
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).join('\n');
  const weigh = (file: string) => ({ file, brotliBytes: brotli(readFileSync(path.join(distDir, file))) });
  const eagerFiles = [...eager].map(weigh);
  const inlineBrotliBytes = inline ? brotli(inline) : 0;
  return { eager: eagerFiles, lazy: lazy.map(weigh), inlineBrotliBytes, totalBrotliBytes: eagerFiles.reduce((sum, file) => sum + file.brotliBytes, 0) + inlineBrotliBytes };
}
