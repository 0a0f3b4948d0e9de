import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBuiltPages, type BuiltPage } from './built-pages.ts';

/**
 * The Content-Security-Policy's script hashes (issue 17): the site runs a few inline scripts — the visually-impaired
 * mode's lines, the page feedback's, the street search's, Astro's island loader — and a policy without
 * 'unsafe-inline' must name each by its SHA-256. The build collects them from the pages it wrote and writes them
 * for nginx (`_nginx/csp.conf`, included by deploy/nginx/tes.conf; nginx serves nothing under /_nginx/), so the
 * policy always matches the release it serves. A JSON-LD block is data, not script: it needs no hash.
 */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const EXECUTABLE = (attributes: string) => {
  if (/\bsrc\s*=/.test(attributes)) return false;
  const type = /\btype\s*=\s*"([^"]*)"/.exec(attributes)?.[1]?.trim().toLowerCase();
  return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/** The distinct hashes of the inline scripts of the given pages, sorted. */
export function inlineScriptHashes(pages: Iterable<string>): string[] {
  const hashes = new Set<string>();
  for (const html of pages) for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) if (EXECUTABLE(attributes!)) hashes.add(scriptHash(body!));
  return [...hashes].sort();
}

/** Writes `<outDir>/_nginx/csp.conf`: `set $tes_script_hashes "…";` for the server block to put in its policy. */
export function writeCspHashes(outDir: string, pages: readonly BuiltPage[] = readBuiltPages(outDir)): string[] {
  const hashes = inlineScriptHashes(pages.map((page) => page.html));
  mkdirSync(path.join(outDir, '_nginx'), { recursive: true });
  writeFileSync(
    path.join(outDir, '_nginx', 'csp.conf'),
    `# Written by the build (scripts/lib/csp.ts): the SHA-256 of every inline script this release's pages run.\nset $tes_script_hashes "${hashes.join(' ')}";\n`,
  );
  return hashes;
}
