import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DISCLOSURE_REQUIREMENTS } from '../../site/lib/disclosure-requirements.ts';
import { LOCALES } from '../../site/schemas/common.ts';

/**
 * The completeness check reads the BUILT site: each page declares on <main data-disclosures="D04 D05 …"> the
 * requirements its published entries carry, and <html lang> its language. A requirement is covered in a language
 * when at least one page in that language carries it — what a visitor can actually open, not what the CMS holds.
 */
export type Coverage = Map<string, Map<string, string[]>>;

function pages(dir: string, root = dir): Array<{ file: string; url: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === 'media' ? [] : pages(full, root);
    if (!entry.name.endsWith('.html')) return [];
    const url = `/${path.relative(root, full).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    return [{ file: full, url }];
  });
}

export function collectCoverage(distDir: string): Coverage {
  const coverage: Coverage = new Map(DISCLOSURE_REQUIREMENTS.map((requirement) => [requirement.code, new Map(LOCALES.map((locale) => [locale, []]))]));
  for (const { file, url } of pages(distDir)) {
    const html = readFileSync(file, 'utf8');
    const locale = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
    const codes = /<main[^>]*\bdata-disclosures="([^"]*)"/.exec(html)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    for (const code of codes)
      coverage
        .get(code)
        ?.get(locale ?? '')
        ?.push(url);
  }
  for (const byLocale of coverage.values()) for (const urls of byLocale.values()) urls.sort();
  return coverage;
}

export function missing(coverage: Coverage): Array<{ code: string; locale: string }> {
  return [...coverage].flatMap(([code, byLocale]) => [...byLocale].filter(([, urls]) => urls.length === 0).map(([locale]) => ({ code, locale })));
}

/** D01–D25 × ru/tt, with the URL(s) that carry each item or MISSING. */
export function formatCoverage(coverage: Coverage, maxUrls = 3): string {
  const cell = (urls: string[]) => (urls.length === 0 ? 'MISSING' : urls.slice(0, maxUrls).join(' ') + (urls.length > maxUrls ? ` (+${urls.length - maxUrls})` : ''));
  const rows = [...coverage].map(([code, byLocale]) => [code, ...LOCALES.map((locale) => cell(byLocale.get(locale)!))]);
  const header = ['item', ...LOCALES];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((value, column) => value.padEnd(widths[column]!)).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Throws, naming every missing item and language, when the built site does not cover the standard. */
export function assertComplete(distDir: string): Coverage {
  const coverage = collectCoverage(distDir);
  const gaps = missing(coverage);
  if (gaps.length) {
    throw new Error(`Disclosure check failed: ${gaps.map((gap) => `${gap.code} missing in ${gap.locale}`).join(', ')}\n${formatCoverage(coverage)}`);
  }
  return coverage;
}
