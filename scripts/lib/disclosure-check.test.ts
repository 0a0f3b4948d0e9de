import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DISCLOSURE_REQUIREMENTS } from '../../site/lib/disclosure-requirements.ts';
import { assertComplete, assertNoPlaceholders, collectCoverage, collectPlaceholders, formatCoverage, formatPlaceholders, missing } from './disclosure-check.ts';

const ALL = DISCLOSURE_REQUIREMENTS.map((requirement) => requirement.code);
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A fake built site: one page per locale carrying the given codes. */
function site(pagesByPath: Record<string, { lang: string; codes: string[]; example?: boolean; gap?: boolean; text?: string }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tes-dist-'));
  dirs.push(dir);
  for (const [page, { lang, codes, example, gap, text = '' }] of Object.entries(pagesByPath)) {
    mkdirSync(path.join(dir, page), { recursive: true });
    const attribute = (codes.length ? ` data-disclosures="${codes.join(' ')}"` : '') + (example ? ' data-example' : '') + (gap ? ' data-gap' : '');
    writeFileSync(path.join(dir, page, 'index.html'), `<!doctype html><html lang="${lang}"><body><main id="main"${attribute}><h1>x</h1><p>${text}</p></main></body></html>`);
  }
  return dir;
}

describe('disclosure completeness check', () => {
  it('passes when every item is on a page in both languages', () => {
    const dir = site({ 'ru/a': { lang: 'ru', codes: ALL }, 'tt/a': { lang: 'tt', codes: ALL } });
    expect(missing(collectCoverage(dir))).toEqual([]);
    expect(() => assertComplete(dir)).not.toThrow();
  });

  it('fails on one missing Tatar item, naming the item and the language', () => {
    const dir = site({ 'ru/a': { lang: 'ru', codes: ALL }, 'tt/a': { lang: 'tt', codes: ALL.filter((code) => code !== 'D14') } });
    expect(missing(collectCoverage(dir))).toEqual([{ code: 'D14', locale: 'tt' }]);
    expect(() => assertComplete(dir)).toThrow(/D14 missing in tt/);
  });

  it('does not count a page of the wrong language, nor a page without the attribute', () => {
    const dir = site({
      'ru/a': { lang: 'ru', codes: ALL },
      'tt/a': { lang: 'ru', codes: ALL },
      'tt/map': { lang: 'tt', codes: [] },
    });
    expect(missing(collectCoverage(dir)).filter((gap) => gap.locale === 'tt')).toHaveLength(ALL.length);
  });

  it('prints a table of D01–D25 × ru/tt with URLs or MISSING', () => {
    const dir = site({ 'ru/info/x': { lang: 'ru', codes: ['D01'] } });
    const table = formatCoverage(collectCoverage(dir));
    expect(table.split('\n')).toHaveLength(2 + 25);
    expect(table).toMatch(/^D01 +\| \/ru\/info\/x\/ +\| MISSING/m);
    expect(table).toMatch(/^D25 +\| MISSING +\| MISSING/m);
  });
});

describe('placeholders never pass as real', () => {
  const complete = { 'ru/a': { lang: 'ru', codes: ALL }, 'tt/a': { lang: 'tt', codes: ALL } };

  it('finds nothing on a site of real data', () => {
    expect(collectPlaceholders(site(complete))).toEqual({ samples: [], gaps: [] });
  });

  it('names an item carried in a language only by a page of example data', () => {
    const dir = site({ ...complete, 'tt/a': { lang: 'tt', codes: ALL.filter((code) => code !== 'D01') }, 'tt/company': { lang: 'tt', codes: ['D01'], example: true } });
    expect(collectPlaceholders(dir).samples).toEqual([{ code: 'D01', locale: 'tt', urls: ['/tt/company/'] }]);
    // Still published as far as completeness goes: the page is there, marked.
    expect(missing(collectCoverage(dir))).toEqual([]);
  });

  it('counts an item as real when one real page carries it beside an example one', () => {
    const dir = site({ ...complete, 'ru/company': { lang: 'ru', codes: ['D01'], example: true } });
    expect(collectPlaceholders(dir).samples).toEqual([]);
  });

  it('lists pages that admit a gap, by their mark or in their words, in both languages', () => {
    const dir = site({
      ...complete,
      'ru/tariffs': { lang: 'ru', codes: [], gap: true },
      'ru/info/price': { lang: 'ru', codes: [], text: 'Значения за месяц пока не приведены.' },
      'tt/info/feedback': { lang: 'tt', codes: [], text: 'Әлегә бастырылган нәтиҗәләр юк.' },
      'ru/info/other': { lang: 'ru', codes: [], text: 'Всё опубликовано.' },
    });
    expect(collectPlaceholders(dir).gaps).toEqual(['/ru/info/price/', '/ru/tariffs/', '/tt/info/feedback/']);
  });

  it('refuses a production build while a sample or a gap remains, naming them', () => {
    const dir = site({ ...complete, 'ru/a': { lang: 'ru', codes: ALL, example: true }, 'ru/tariffs': { lang: 'ru', codes: [], gap: true } });
    expect(() => assertNoPlaceholders(dir)).toThrow(/SAMPLE D01\/ru: \/ru\/a\/[\s\S]*GAP \/ru\/tariffs\//);
    expect(() => assertNoPlaceholders(site(complete))).not.toThrow();
    expect(formatPlaceholders(collectPlaceholders(site(complete)))).toBe('No item rests on example data alone.\n\nNo page admits a gap.');
  });
});
