import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareIn } from '../../cms/src/shared/collation.ts';
import { LOCALES, type Locale } from '../../cms/src/shared/locales.ts';
import { MAIN_SECTIONS, SECTIONS } from '../../site/lib/routes.ts';

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

function builtPages(outDir: string, locale: Locale): MappedPage[] {
  const root = path.join(outDir, locale);
  const pages: MappedPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(full, 'utf8'));
        if (!heading) continue;
        const sitePath = `/${path.relative(outDir, path.dirname(full)).split(path.sep).join('/')}/`;
        pages.push({
          path: sitePath,
          title: unescape(
            heading[1]!
              .replace(/<[^>]+>/g, '')
              .replace(/\s+/g, ' ')
              .trim(),
          ),
        });
      }
    }
  };
  walk(root);
  return pages;
}

/** Writes each language's map into its page; a build without the page (or with it changed) fails loudly. */
export function fillSiteMaps(outDir: string, basePath = ''): void {
  for (const locale of LOCALES) {
    const file = path.join(outDir, locale, 'sitemap', 'index.html');
    const html = readFileSync(file, 'utf8');
    const marker = MARKER.exec(html);
    if (!marker) throw new Error(`${file}: the site map's marker is missing`);
    const pages = builtPages(outDir, locale).filter((page) => page.path !== `/${locale}/sitemap/`);
    writeFileSync(file, html.replace(marker[0], `<div class="site-map wide">${siteMapHtml(locale, pages, unescape(marker[1]!), basePath)}</div>`));
  }
}
