import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MEDIA_PREFIX } from '../../site/lib/media.ts';
import { readBuiltPages, type BuiltPage } from './built-pages.ts';

/**
 * Copies every media file the built pages link to (href="/media/<name>") from Strapi's /uploads/ into the site.
 * A linked file Strapi does not have fails the build: a published page never links to nothing.
 */
export async function copyReferencedMedia(outDir: string, strapiUrl: string, pages: readonly BuiltPage[] = readBuiltPages(outDir)): Promise<number> {
  const names = new Set<string>();
  for (const { html } of pages) {
    for (const match of html.matchAll(/href="(?:\/preview)?\/media\/([^"]+)"/g)) names.add(match[1]!);
  }
  mkdirSync(path.join(outDir, MEDIA_PREFIX), { recursive: true });
  for (const name of names) {
    const url = `${strapiUrl.replace(/\/$/, '')}/uploads/${name}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`A page links to ${MEDIA_PREFIX}${name}, but Strapi answered ${response.status} for ${url}`);
    writeFileSync(path.join(outDir, MEDIA_PREFIX, decodeURIComponent(name)), Buffer.from(await response.arrayBuffer()));
  }
  return names.size;
}
