import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MEDIA_PREFIX } from '../../site/lib/media.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Copies every media file the built pages link to (href="/media/<name>") from Strapi's /uploads/ into the site.
 * A linked file Strapi does not have fails the build: a published page never links to nothing.
 */
export async function copyReferencedMedia(outDir: string, strapiUrl: string): Promise<number> {
  const names = new Set<string>();
  for (const file of htmlFiles(outDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/href="(?:\/preview)?\/media\/([^"]+)"/g)) names.add(match[1]!);
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
