import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareIn } from '../../cms/src/shared/collation.ts';
import { LOCALES, type Locale } from '../../cms/src/shared/locales.ts';
import { MAIN_SECTIONS, SECTIONS } from '../../site/lib/routes.ts';
import { readBuiltPages, type BuiltPage } from './built-pages.ts';

/**
 * The HTML site map («Карта сайта», /<lang>/sitemap/), filled after the build from the built pages: each page's
 * <h1> under its section — the section's own page first, then the rest by title in the language's order. Read from
 * the output, not from the routes, so a new kind of page is on the map the day it is built.
 */
export interface MappedPage {
  /** The site path, /ru/offices/kazan-central/. */
  path: string;
  title: string;
}

const MARKER = /<div class="site-map wide" data-site-map data-other="([^"]*)"><\/div>/;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The sections in the order the navigation gives them, then the others in the order of the URL scheme. */
const SECTION_ORDER: string[] = [...new Set([...MAIN_SECTIONS.map(([section]) => SECTIONS[section]), ...Object.values(SECTIONS)])].filter(Boolean);

export function siteMapHtml(locale: Locale, pages: readonly MappedPage[], otherHeading: string, basePath = ''): string {
  const compare = compareIn(locale);
  const groups = new Map<string, MappedPage[]>();
  for (const page of pages) {
    const segment = page.path.split('/')[2] ?? '';
    if (!segment) continue; // the home page heads the site, not a section
    groups.set(segment, [...(groups.get(segment) ?? []), page]);
  }
  const rank = (segment: string) => (SECTION_ORDER.includes(segment) ? SECTION_ORDER.indexOf(segment) : SECTION_ORDER.length);
  const link = (page: MappedPage) => `<a href="${escape(basePath + page.path)}">${escape(page.title)}</a>`;
  const sections = [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  const loose: MappedPage[] = [];
  const html = sections.flatMap(([segment, members]) => {
    const index = members.find((page) => page.path === `/${locale}/${segment}/`);
    const rest = members.filter((page) => page !== index).sort((a, b) => compare(a.title, b.title));
    if (!index) {
      loose.push(...rest);
      return [];
    }
    return [`<section><h2>${link(index)}</h2>${rest.length ? `<ul class="columns">${rest.map((page) => `<li>${link(page)}</li>`).join('')}</ul>` : ''}</section>`];
  });
  if (loose.length)
    html.push(
      `<section><h2>${escape(otherHeading)}</h2><ul class="columns">${loose
        .sort((a, b) => compare(a.title, b.title))
        .map((page) => `<li>${link(page)}</li>`)
        .join('')}</ul></section>`,
    );
  return html.join('');
}

/** A language's pages with an <h1>, as the map lists them. */
function mappedPages(pages: readonly BuiltPage[], locale: Locale): MappedPage[] {
  return pages.flatMap(({ file, url, html }) => {
    if (!url.startsWith(`/${locale}/`) || !file.endsWith('index.html')) return [];
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    if (!heading) return [];
    return [
      {
        path: url,
        title: unescape(
          heading[1]!
            .replace(/<[^>]+>/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      },
    ];
  });
}

/** Writes each language's map into its page; a build without the page (or with it changed) fails loudly. */
export function fillSiteMaps(outDir: string, basePath = '', pages: BuiltPage[] = readBuiltPages(outDir)): void {
  for (const locale of LOCALES) {
    const file = path.join(outDir, locale, 'sitemap', 'index.html');
    const page = pages.find((candidate) => candidate.file === file);
    if (!page) throw new Error(`${file}: the site map's page is missing`);
    const marker = MARKER.exec(page.html);
    if (!marker) throw new Error(`${file}: the site map's marker is missing`);
    const mapped = mappedPages(pages, locale).filter((mappedPage) => mappedPage.path !== `/${locale}/sitemap/`);
    page.html = page.html.replace(marker[0], `<div class="site-map wide">${siteMapHtml(locale, mapped, unescape(marker[1]!), basePath)}</div>`);
    writeFileSync(file, page.html);
  }
}
