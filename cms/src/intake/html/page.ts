import type { FormLocale } from '../../shared/contracts/fields';
import { intakeConfig } from '../config';
import { t } from '../i18n';
import { escapeHtml } from './escape';

/**
 * The frame of the pages the CMS shows visitors without JavaScript: the site's name linking home, one <main> with
 * an <h1>, the contact centre, and a small stylesheet in the site's look (system fonts, one column, visible focus,
 * 4.5:1 contrast). No script at all.
 */
const STYLE = `
:root{--text:#1b1b1b;--muted:#4a4a4a;--bg:#fff;--accent:#0b4f8a;--error:#b3261e;--focus:#ffbf47;--border:#6b6b6b}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--text);background:var(--bg);overflow-wrap:break-word}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--text);outline-offset:2px;box-shadow:0 0 0 6px var(--focus)}
.wrap{max-width:44rem;margin:0 auto;padding:0 1rem}
header{border-bottom:4px solid var(--accent);padding:.75rem 0}
header a{font-weight:700;font-size:1.25rem;color:var(--text);text-decoration:none}
main{display:block;padding:1.5rem 1rem 3rem}
h1{font-size:clamp(1.6rem,1.2rem + 2vw,2.25rem);line-height:1.2;margin:0 0 1rem}
h2{font-size:1.4rem;line-height:1.25;margin:2rem 0 .75rem}
footer{border-top:1px solid var(--border);padding:1.5rem 0;color:var(--muted)}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.error-summary{border:5px solid var(--error);padding:1rem 1.25rem;margin:0 0 2rem}
.error-summary h2{margin-top:0}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:var(--error);font-weight:700}
.field{margin:0 0 1.75rem}
.field--error{border-left:5px solid var(--error);padding-left:.9rem}
.field label,.field legend{display:block;font-weight:700;margin-bottom:.25rem}
.field fieldset{border:0;margin:0;padding:0;min-width:0}
.hint{color:var(--muted);margin:0 0 .4rem}
.field-error{color:var(--error);font-weight:700;margin:0 0 .4rem}
input[type=text],input[type=email],input[type=tel],textarea{font:inherit;width:100%;padding:.45rem;border:2px solid var(--text);border-radius:0;background:var(--bg);color:var(--text)}
.field--error input[type=text],.field--error input[type=email],.field--error input[type=tel],.field--error textarea{border-color:var(--error)}
.input--short{max-width:10rem}.input--medium{max-width:20rem}
textarea{min-height:8rem}
.choice{display:flex;gap:.6rem;align-items:flex-start;margin:.35rem 0;min-height:44px}
.choice input{width:1.5rem;height:1.5rem;margin:.15rem 0 0;flex:none;accent-color:var(--text)}
.choice label{font-weight:400;margin:0}
button{font:inherit;padding:.5rem 1rem;border:2px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;cursor:pointer;min-height:44px}
dl.receipt{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.35rem 1.25rem}
dl.receipt dt{font-weight:600}dl.receipt dd{margin:0}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.25rem;letter-spacing:.1em}
.panel{border:4px solid var(--accent);padding:1rem 1.25rem;margin:0 0 1.5rem}
@media (max-width:36rem){dl.receipt{grid-template-columns:1fr}}
@media (forced-colors:active){.error-summary,.panel,.field--error{border-color:CanvasText}}
`;

export interface PageOptions {
  locale: FormLocale;
  /** The <h1>, and the start of the <title>. */
  title: string;
  /** Marks the title with "Ошибка:" / "Хата:" (GOV.UK: the first thing a screen reader announces). */
  hasErrors?: boolean;
  /** Extra CSS (a form's conditional fields). */
  style?: string;
  body: string;
}

export function renderPage({ locale, title, hasErrors = false, style = '', body }: PageOptions): string {
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
<style>${STYLE}${style}</style>
</head>
<body>
<header><div class="wrap"><a href="${escapeHtml(`${siteUrl}/${locale}/`)}">${escapeHtml(siteName)}</a></div></header>
<main id="main" class="wrap">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
<footer><div class="wrap"><p>${escapeHtml(t(locale, 'footer.contactCentre'))}</p></div></footer>
</body>
</html>`;
}
