import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DISCLOSURE_REQUIREMENTS } from '../../site/lib/disclosure-requirements.ts';
import { assertComplete, collectCoverage, formatCoverage, missing } from './disclosure-check.ts';

const ALL = DISCLOSURE_REQUIREMENTS.map((requirement) => requirement.code);
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A fake built site: one page per locale carrying the given codes. */
function site(pagesByPath: Record<string, { lang: string; codes: string[] }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tes-dist-'));
  dirs.push(dir);
  for (const [page, { lang, codes }] of Object.entries(pagesByPath)) {
    mkdirSync(path.join(dir, page), { recursive: true });
    const attribute = codes.length ? ` data-disclosures="${codes.join(' ')}"` : '';
    writeFileSync(path.join(dir, page, 'index.html'), `<!doctype html><html lang="${lang}"><body><main id="main"${attribute}><h1>x</h1></main></body></html>`);
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
