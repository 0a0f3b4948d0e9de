import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FormLocale } from '../../shared/contracts/fields';
import { intakeConfig } from '../config';
import { t } from '../i18n';
import { escapeHtml } from './escape';

/**
 * The frame of the pages the CMS shows visitors without JavaScript: the site's name linking home, one <main> with
 * an <h1>, the contact centre — in the site's own look, from the site's own stylesheets (cms/src/shared/styles:
 * global.css, which every site page inlines, and forms.css, which its form pages add). No script at all.
 */
const STYLE = ['global.css', 'forms.css'].map(readStylesheet).join('\n');

/**
 * A shared stylesheet, read once: beside the sources when run from them (tests), or, from the compiled CMS in
 * dist/src/intake/html, four levels up — TypeScript compiles the code and leaves the .css files where they are.
 */
function readStylesheet(name: string): string {
  const candidates = [path.join(__dirname, '../../shared/styles', name), path.join(__dirname, '../../../../src/shared/styles', name)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${name} not found (looked in ${candidates.join(', ')})`);
  return readFileSync(found, 'utf8');
}

export interface PageOptions {
  locale: FormLocale;
  /** The <h1>, and the start of the <title>. */
  title: string;
  /** Marks the title with "Ошибка:" / "Хата:" (GOV.UK: the first thing a screen reader announces). */
  hasErrors?: boolean;
  body: string;
}

export function renderPage({ locale, title, hasErrors = false, body }: PageOptions): string {
  const { siteUrl } = intakeConfig();
  const siteName = t(locale, 'site.name');
  const fullTitle = `${hasErrors ? `${t(locale, 'form.errorPrefix')} ` : ''}${title} — ${siteName}`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(fullTitle)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header class="site-header"><div class="wrap"><a class="site-name" href="${escapeHtml(`${siteUrl}/${locale}/`)}">${escapeHtml(siteName)}</a></div></header>
<main id="main" class="wrap">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
<footer class="site-footer"><div class="wrap"><p>${escapeHtml(t(locale, 'footer.contactCentre'))}</p></div></footer>
</body>
</html>`;
}
