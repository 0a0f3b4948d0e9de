import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentFileError, loadContent, parseContentFile } from './content-files.ts';
import { CONTENT_DIR } from './paths.ts';

let copies: string[] = [];
/** A throwaway copy of content/ to break on purpose. */
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tes-content-'));
  copies.push(dir);
  cpSync(CONTENT_DIR, path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('content/', () => {
  it('is valid, and every Russian entry has its Tatar twin', () => {
    const entries = loadContent(CONTENT_DIR);
    const ru = entries.filter((entry) => entry.locale === 'ru').map((entry) => `${entry.collection}/${entry.slug}`);
    const tt = entries.filter((entry) => entry.locale === 'tt').map((entry) => `${entry.collection}/${entry.slug}`);
    expect(ru.length).toBeGreaterThan(10);
    expect(tt).toEqual(ru);
  });

  it('has a few entries of every content type', () => {
    const collections = new Set(loadContent(CONTENT_DIR).map((entry) => entry.collection));
    expect([...collections].sort()).toEqual(
      ['company', 'contractDocuments', 'disclosurePages', 'faqItems', 'offices', 'paymentMethods', 'standard', 'standardSections', 'supplyNotices', 'surveys', 'tariffs'].sort(),
    );
  });

  it('gives Tatar entries the shared fields of their Russian original', () => {
    const entries = loadContent(CONTENT_DIR);
    const ru = entries.find((entry) => entry.collection === 'offices' && entry.locale === 'ru')!;
    const tt = entries.find((entry) => entry.collection === 'offices' && entry.locale === 'tt' && entry.slug === ru.slug)!;
    expect(tt.data.latitude).toBe(ru.data.latitude);
    expect(tt.data.phones).toEqual(ru.data.phones);
    expect(tt.data.name).not.toBe(ru.data.name);
  });

  it('stops on a bad field, naming the file and the field', () => {
    const dir = contentCopy();
    edit(path.join(dir, 'ru/tariffs/2026-01-rural.md'), (text) => text.replace(/priceRub: .*/, 'priceRub: -4.26'));
    expect(() => loadContent(dir)).toThrow(ContentFileError);
    expect(() => loadContent(dir)).toThrow(/content\/ru\/tariffs\/2026-01-rural\.md: field "priceRub"/);
  });

  it('refuses a mistyped field name', () => {
    const dir = contentCopy();
    edit(path.join(dir, 'ru/faq-items/payment-deadline.md'), (text) => text.replace('topic:', 'topik:'));
    expect(() => loadContent(dir)).toThrow(/payment-deadline\.md: field "(topic|topik)"/);
  });

  it('refuses a Russian entry without its Tatar twin', () => {
    const dir = contentCopy();
    unlinkSync(path.join(dir, 'tt/faq-items/payment-deadline.md'));
    expect(() => loadContent(dir)).toThrow(/content\/tt\/faq-items\/payment-deadline\.md: field "\(file\)": missing/);
  });

  it('refuses a shared field set in a Tatar file', () => {
    const dir = contentCopy();
    edit(path.join(dir, 'tt/offices/kazan-central.md'), (text) => text.replace(/^---\n/, '---\nlatitude: 55.1\n'));
    expect(() => loadContent(dir)).toThrow(/tt\/offices\/kazan-central\.md: field "latitude": this field is the same in every language/);
  });

  it('refuses a Tatar file with no Russian original', () => {
    const dir = contentCopy();
    cpSync(path.join(dir, 'tt/faq-items/payment-deadline.md'), path.join(dir, 'tt/faq-items/orphan.md'));
    expect(() => loadContent(dir)).toThrow(/tt\/faq-items\/orphan\.md: field "\(file\)": has no Russian original/);
  });

  it('explains a file without front matter', () => {
    expect(() => parseContentFile('Just text', 'content/ru/x.md')).toThrow(/content\/ru\/x\.md: field "\(front matter\)"/);
  });
});
