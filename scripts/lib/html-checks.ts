import { existsSync } from 'node:fs';
import path from 'node:path';
import { readBuiltPages, type BuiltPage } from './built-pages.ts';

/**
 * Checks over the built HTML that axe cannot make (withastro/docs style): every internal link and anchor exists;
 * a Russian page links to Russian pages and a Tatar page to Tatar ones (the language switch aside); no link says
 * only «подробнее» / «здесь» (or its Tatar twins); every image has alt; every table has a caption and header cells;
 * every page has a description and Open Graph title and description.
 */

/** Link texts that mean nothing out of context (WCAG 2.4.4). Compared without case and punctuation. */
export const VAGUE_LINK_TEXTS = [
  'подробнее',
  'здесь',
  'тут',
  'далее',
  'читать далее',
  'по ссылке',
  'ссылка',
  'узнать больше',
  'монда',
  'шунда',
  'тулырак',
  'күбрәк',
  'сылтама',
  'алга таба',
];

export interface HtmlProblem {
  page: string;
  problem: string;
}

interface Page extends BuiltPage {
  lang: string | undefined;
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

export function checkHtml(distDir: string, built: readonly BuiltPage[] = readBuiltPages(distDir)): HtmlProblem[] {
  const pages: Page[] = built.map((page) => ({ ...page, lang: /<html[^>]*\blang="([^"]+)"/.exec(page.html)?.[1] }));
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const problems: HtmlProblem[] = [];
  const report = (page: Page, problem: string) => problems.push({ page: page.url, problem });

  for (const page of pages) {
    for (const match of page.html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)) {
      const attributes = match[1]!;
      const href = /\bhref="([^"]*)"/.exec(attributes)?.[1];
      const label = /\baria-label="([^"]*)"/.exec(attributes)?.[1] ?? textOf(match[2]!);
      const normalized = label
        .toLowerCase()
        .replace(/[.,:;!?«»"()…—–-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (!normalized) report(page, `link to ${href} has no text`);
      else if (VAGUE_LINK_TEXTS.includes(normalized)) report(page, `link text «${label}» does not say where it leads (${href})`);
      if (!href || !href.startsWith('/') || href.startsWith('//')) continue;

      const [pathPart, fragment] = href.split('#') as [string, string | undefined];
      const isLanguageSwitch = /\bhreflang="/.test(attributes);
      const targetLang = /^\/(ru|tt)\//.exec(pathPart)?.[1];
      if (page.lang && targetLang && targetLang !== page.lang && !isLanguageSwitch) {
        report(page, `a ${page.lang} page links to a ${targetLang} page: ${href}`);
      }
      if (pathPart.startsWith('/media/') || pathPart.startsWith('/pagefind/')) {
        if (!existsSync(path.join(distDir, decodeURIComponent(pathPart)))) report(page, `link to a missing file: ${href}`);
        continue;
      }
      const target = pathPart === '' ? page : byUrl.get(pathPart.split('?')[0]!);
      // A file the build writes beside the pages (open data: /ru/offices.json) is a valid target too.
      if (!target && !fragment && /\.[a-z0-9]+$/.test(pathPart) && existsSync(path.join(distDir, decodeURIComponent(pathPart)))) continue;
      if (!target) {
        report(page, `broken link: ${href}`);
        continue;
      }
      if (fragment && !idsOf(target.html).has(decodeURIComponent(fragment))) report(page, `link to a missing anchor: ${href}`);
    }
    for (const match of page.html.matchAll(/<img\b[^>]*>/g)) {
      if (!/\balt="/.test(match[0])) report(page, `image without alt: ${match[0].slice(0, 80)}`);
    }
    for (const match of page.html.matchAll(/<table\b[\s\S]*?<\/table>/g)) {
      if (!/<caption\b/.test(match[0])) report(page, 'table without a caption');
      if (!/<th\b/.test(match[0])) report(page, 'table without header cells');
    }
    if (!page.lang) report(page, 'page without <html lang>');
    // What a search engine or a shared link shows of the page (issue 16): never empty.
    if (!/<meta name="description" content="[^"]+"/.test(page.html)) report(page, 'page without a meta description');
    if (!/<meta property="og:title" content="[^"]+"/.test(page.html)) report(page, 'page without an Open Graph title');
    if (!/<meta property="og:description" content="[^"]+"/.test(page.html)) report(page, 'page without an Open Graph description');
  }
  return problems;
}

export function assertHtmlQuality(distDir: string, pages?: readonly BuiltPage[]): void {
  const problems = checkHtml(distDir, pages);
  if (problems.length) {
    const list = problems
      .slice(0, 30)
      .map((problem) => `  ${problem.page}: ${problem.problem}`)
      .join('\n');
    throw new Error(`HTML check failed (${problems.length} problems):\n${list}${problems.length > 30 ? '\n  …' : ''}`);
  }
}
