import { readBuiltPages, type BuiltPage } from './built-pages.ts';
import { DISCLOSURE_REQUIREMENTS } from '../../site/lib/disclosure-requirements.ts';
import { LOCALES } from '../../site/schemas/common.ts';

/**
 * The completeness check reads the BUILT site: each page declares on <main data-disclosures="D04 D05 …"> the
 * requirements its published entries carry, and <html lang> its language. A requirement is covered in a language
 * when at least one page in that language carries it — what a visitor can actually open, not what the CMS holds.
 */
export type Coverage = Map<string, Map<string, string[]>>;

/**
 * What a page admits it lacks, in the words our content uses when something is not published yet. A page can
 * also say so itself (Base's `admitsGap` → <main data-gap>); these catch an editor's text that does.
 */
export const GAP_PHRASES = ['пока не приведены', 'результатов нет', 'әлегә китерелмәгән', 'нәтиҗәләр юк'] as const;

/** A built page as the checks see it: its language, the items it carries, and whether it holds example data or a gap. */
export interface PageFacts {
  url: string;
  locale: string | undefined;
  codes: string[];
  /** <main data-example>: some of what it shows is a placeholder, not a fact. */
  example: boolean;
  /** <main data-gap>, or its text admits a gap (GAP_PHRASES). */
  gap: boolean;
}

export function scanPages(distDir: string, pages: readonly BuiltPage[] = readBuiltPages(distDir)): PageFacts[] {
  return pages.map(({ url, html }) => {
    const main = /<main\b([^>]*)>([\s\S]*?)<\/main>/.exec(html);
    const attributes = main?.[1] ?? '';
    const text = (main?.[2] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    return {
      url,
      locale: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1],
      codes: /\bdata-disclosures="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/).filter(Boolean) ?? [],
      example: /\sdata-example(?:[\s=>]|$)/.test(attributes),
      gap: /\sdata-gap(?:[\s=>]|$)/.test(attributes) || GAP_PHRASES.some((phrase) => text.includes(phrase)),
    };
  });
}

function coverageOf(facts: readonly PageFacts[], include: (page: PageFacts) => boolean): Coverage {
  const coverage: Coverage = new Map(DISCLOSURE_REQUIREMENTS.map((requirement) => [requirement.code, new Map(LOCALES.map((locale) => [locale, []]))]));
  for (const page of facts.filter(include))
    for (const code of page.codes)
      coverage
        .get(code)
        ?.get(page.locale ?? '')
        ?.push(page.url);
  for (const byLocale of coverage.values()) for (const urls of byLocale.values()) urls.sort();
  return coverage;
}

export function collectCoverage(distDir: string, pages?: readonly BuiltPage[]): Coverage {
  return coverageOf(scanPages(distDir, pages), () => true);
}

/** Items carried in a language only by pages with example data: shown, but not yet real. */
export interface Placeholders {
  samples: Array<{ code: string; locale: string; urls: string[] }>;
  gaps: string[];
}

export function collectPlaceholders(distDir: string, pages?: readonly BuiltPage[]): Placeholders {
  const facts = scanPages(distDir, pages);
  const all = coverageOf(facts, () => true);
  const real = coverageOf(facts, (page) => !page.example);
  const samples = [...all].flatMap(([code, byLocale]) =>
    [...byLocale].filter(([locale, urls]) => urls.length > 0 && real.get(code)!.get(locale)!.length === 0).map(([locale, urls]) => ({ code, locale, urls })),
  );
  return {
    samples,
    gaps: facts
      .filter((page) => page.gap)
      .map((page) => page.url)
      .sort(),
  };
}

export function formatPlaceholders({ samples, gaps }: Placeholders): string {
  return [
    samples.length
      ? `Carried only by example data (${samples.length}):\n${samples.map((sample) => `  SAMPLE ${sample.code}/${sample.locale}: ${sample.urls.join(' ')}`).join('\n')}`
      : 'No item rests on example data alone.',
    gaps.length ? `Pages that admit a gap (${gaps.length}):\n${gaps.map((url) => `  GAP ${url}`).join('\n')}` : 'No page admits a gap.',
  ].join('\n\n');
}

/** A production build (SITE_ENV=production) goes live only when nothing is a placeholder or admitted gap. */
export function assertNoPlaceholders(distDir: string, pages?: readonly BuiltPage[]): void {
  const placeholders = collectPlaceholders(distDir, pages);
  if (placeholders.samples.length || placeholders.gaps.length) {
    throw new Error(`Production build refused (SITE_ENV=production): example data or gaps remain.\n${formatPlaceholders(placeholders)}`);
  }
}

export const isProduction = (env: NodeJS.ProcessEnv = process.env): boolean => env.SITE_ENV === 'production';

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
export function assertComplete(distDir: string, pages?: readonly BuiltPage[]): Coverage {
  const coverage = collectCoverage(distDir, pages);
  const gaps = missing(coverage);
  if (gaps.length) {
    throw new Error(`Disclosure check failed: ${gaps.map((gap) => `${gap.code} missing in ${gap.locale}`).join(', ')}\n${formatCoverage(coverage)}`);
  }
  return coverage;
}
