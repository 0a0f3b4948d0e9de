import type { Core } from '@strapi/strapi';
import type { FormLocale } from '../shared/contracts/fields';
import type { FormSpec } from '../shared/contracts/form-spec';
import { formatDate } from '../shared/format';
import { formLinks } from '../shared/forms/links';
import { intakeConfig } from './config';
import { escapeHtml } from './html/escape';
import { t } from './i18n';
import type { AppealReceipt } from './register';

/**
 * The confirmation e-mail of an appeal or a typed request (`form`: its subject and body), in the visitor's language, through Strapi's e-mail plugin (provider
 * nodemailer, config/plugins.ts). Sent after the commit and not awaited by the response: the appeal is registered
 * whether or not the mail server answers, and a failure is logged with the number only (no personal data).
 */
export function sendAppealConfirmation(strapi: Core.Strapi, locale: FormLocale, email: string, receipt: AppealReceipt, form: FormSpec['id'] = 'appeal'): void {
  // A typed request's subject is the requests' own; its body says what was asked.
  const subject = form === 'appeal' ? 'appeal.email.subject' : 'request.email.subject';
  const statusUrl = formLinks(intakeConfig().siteUrl, locale, 'appeal').status;
  const rows: Array<[string, string]> = [
    [t(locale, 'appeal.done.number'), receipt.number],
    [t(locale, 'appeal.done.date'), formatDate(locale, receipt.registeredAt)],
    [t(locale, 'appeal.done.due'), formatDate(locale, receipt.dueDate)],
    [t(locale, 'appeal.done.code'), receipt.accessCode],
  ];
  const text = [
    t(locale, 'appeal.email.greeting'),
    '',
    t(locale, `${form}.email.body`),
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    t(locale, 'appeal.done.keep'),
    t(locale, 'appeal.email.status', { url: statusUrl }),
    '',
    t(locale, 'appeal.email.footer'),
    t(locale, 'site.name'),
  ].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body>
<p>${escapeHtml(t(locale, 'appeal.email.greeting'))}</p>
<p>${escapeHtml(t(locale, `${form}.email.body`))}</p>
<table role="presentation">${rows.map(([label, value]) => `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>
<p>${escapeHtml(t(locale, 'appeal.done.keep'))}</p>
<p><a href="${escapeHtml(statusUrl)}">${escapeHtml(t(locale, 'appeal.done.status'))}</a></p>
<p>${escapeHtml(t(locale, 'appeal.email.footer'))}<br>${escapeHtml(t(locale, 'site.name'))}</p>
</body></html>`;

  strapi
    .plugin('email')
    .service('email')
    .send({ to: email, subject: t(locale, subject, { number: receipt.number }), text, html, headers: { 'Content-Language': locale } })
    .catch((error: unknown) => strapi.log.error(`Confirmation e-mail of appeal ${receipt.number} was not sent: ${error instanceof Error ? error.message : String(error)}`));
}
