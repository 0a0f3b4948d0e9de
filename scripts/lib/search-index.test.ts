import { describe, expect, it } from 'vitest';
import { pageForIndex } from './search-index.ts';

describe('pageForIndex', () => {
  const page = (main: string) =>
    `<!DOCTYPE html><html lang="tt"><head><style>body{}</style><title>Бит</title></head><body><header><a href="/">Баш бит</a></header>${main}<footer>© 2026</footer></body></html>`;

  it('gives Pagefind the language and the searchable <main> only, normalized as search reads it', () => {
    const html = pageForIndex(page('<main id="main" data-pagefind-body><h1>Тариф</h1><p>3 900 кВт·ч, ёлка</p></main>'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="tt"><body><main id="main" data-pagefind-body>/);
    expect(html).not.toMatch(/Баш бит|© 2026|<style>|<title>/);
    expect(html).toContain('3900');
    expect(html).toContain('елка');
  });

  it('leaves a page without a searchable <main> empty, so that Pagefind skips it', () => {
    expect(pageForIndex(page('<main id="main"><h1>404</h1></main>'))).toBe('<!DOCTYPE html><html lang="tt"><body></body></html>');
  });
});
