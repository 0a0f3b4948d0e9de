import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHtml } from './html-checks.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

const HEAD = '<head><meta name="description" content="Страница"><meta property="og:title" content="Страница"><meta property="og:description" content="Страница"></head>';

function site(pages: Record<string, string>, head = HEAD): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tes-html-'));
  dirs.push(dir);
  for (const [url, body] of Object.entries(pages)) {
    const lang = url.split('/')[0]!;
    mkdirSync(path.join(dir, url), { recursive: true });
    writeFileSync(path.join(dir, url, 'index.html'), `<!doctype html><html lang="${lang}">${head}<body>${body}</body></html>`);
  }
  return dir;
}

const problems = (dir: string) => checkHtml(dir).map((problem) => `${problem.page} ${problem.problem}`);

describe('HTML checks', () => {
  it('accepts good links, anchors and tables', () => {
    const dir = site({
      'ru/a': '<a href="/ru/b/#p-1">Пункт 1 стандарта</a><a href="/tt/a/" hreflang="tt">Татарча</a><table><caption>Цены</caption><tr><th>A</th></tr></table>',
      'ru/b': '<h2 id="p-1">1</h2>',
      'tt/a': '<a href="/tt/a/">Баш бит</a>',
    });
    expect(problems(dir)).toEqual([]);
  });

  it('refuses vague link texts in both languages', () => {
    const dir = site({ 'ru/a': '<a href="/ru/a/">Подробнее…</a>', 'tt/a': '<a href="/tt/a/">монда</a>' });
    expect(problems(dir)).toEqual(['/ru/a/ link text «Подробнее…» does not say where it leads (/ru/a/)', '/tt/a/ link text «монда» does not say where it leads (/tt/a/)']);
  });

  it('finds broken links, missing anchors and links into the other language', () => {
    const dir = site({ 'ru/a': '<a href="/ru/missing/">Нет</a><a href="/ru/a/#nope">Якорь</a><a href="/tt/b/">Бит</a>', 'tt/b': '<p>x</p>' });
    expect(problems(dir)).toEqual(['/ru/a/ broken link: /ru/missing/', '/ru/a/ link to a missing anchor: /ru/a/#nope', '/ru/a/ a ru page links to a tt page: /tt/b/']);
  });

  it('accepts a link to a data file the build wrote, and refuses one it did not', () => {
    const dir = site({ 'ru/a': '<a href="/ru/offices.json">Список офисов в JSON</a><a href="/ru/offices.csv">Список офисов в CSV</a>' });
    writeFileSync(path.join(dir, 'ru', 'offices.json'), '{}');
    expect(problems(dir)).toEqual(['/ru/a/ broken link: /ru/offices.csv']);
  });

  it('requires alt on images and captions and header cells on tables', () => {
    const dir = site({ 'ru/a': '<img src="x.png"><table><tr><td>1</td></tr></table>' });
    expect(problems(dir)).toEqual(['/ru/a/ image without alt: <img src="x.png">', '/ru/a/ table without a caption', '/ru/a/ table without header cells']);
  });

  it('requires a description and Open Graph title and description on every page', () => {
    const dir = site({ 'ru/a': '<p>x</p>' }, '<head><meta name="description" content=""></head>');
    expect(problems(dir)).toEqual(['/ru/a/ page without a meta description', '/ru/a/ page without an Open Graph title', '/ru/a/ page without an Open Graph description']);
  });
});
