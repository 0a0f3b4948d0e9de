import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexableHtml } from '../../site/lib/search-normalize.ts';
import type { BuiltPage } from './built-pages.ts';

/**
 * The search index (Pagefind), one per <html lang> (Pagefind splits by language itself), built from
 * <main data-pagefind-body> only, so navigation and footers never match a search. Pagefind reports problems in
 * `errors` instead of throwing: each one fails the build here.
 *
 * In two halves, so that the build works beside it (Pagefind runs in its own process): `add` feeds it every page
 * while the site is compressed, `write` writes the index while the pages are checked (scripts/lib/site-build.ts).
 */
export interface SearchIndex {
  /** Adds every page; returns how many had something to index. */
  add(pages: readonly BuiltPage[]): Promise<number>;
  write(outputPath: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * What Pagefind is given of a page: its <html lang> and its <main data-pagefind-body>, nothing else — the rest (the
 * head with its inline CSS, the header, the footer) it would parse only to ignore. Each page as search reads it
 * (site/lib/search-normalize.ts: ё as е, «3 900» as «3900»), the search page's query being normalized the same
 * way; the excerpts shown come from this text too. A page without that <main> gives an empty body: not indexed.
 */
export function pageForIndex(html: string): string {
  const root = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>';
  const main = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return indexableHtml(`<!DOCTYPE html>${root}<body>${main}</body></html>`);
}

export async function openSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return {
    async add(pages) {
      let indexed = 0;
      for (const { url, html } of pages) {
        const { errors: pageErrors, file } = await index.addHTMLFile({ url, content: pageForIndex(html) });
        if (pageErrors.length) throw new Error(`Pagefind: ${url}: ${pageErrors.join('; ')}`);
        if (file?.uniqueWords) indexed += 1;
      }
      if (indexed === 0) throw new Error('Pagefind indexed no page: is <main data-pagefind-body> missing?');
      return indexed;
    },
    async write(outputPath) {
      const written = await index.writeFiles({ outputPath: path.resolve(outputPath) });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    },
    async close() {
      await pagefind.close();
    },
  };
}
