import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltPages } from './built-pages.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readBuiltPages', () => {
  it('reads every page once with its site path, in a stable order, and none of the search index, media or code', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tes-pages-'));
    const write = (file: string, text = `<p>${file}</p>`) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    for (const file of [
      'tt/index.html',
      'ru/offices/kazan/index.html',
      'ru/index.html',
      '404.html',
      'pagefind/x.html',
      'media/doc.html',
      '_astro/a.html',
      '_nginx/b.html',
      'ru/offices.json',
    ])
      write(file);
    const pages = readBuiltPages(dir);
    expect(pages.map((page) => page.url)).toEqual(['/404.html', '/ru/', '/ru/offices/kazan/', '/tt/']);
    expect(pages[2]).toEqual({ file: path.join(dir, 'ru/offices/kazan/index.html'), url: '/ru/offices/kazan/', html: '<p>ru/offices/kazan/index.html</p>' });
  });
});
