import type { FieldError } from '../../shared/contracts/errors';
import type { FormLocale } from '../../shared/contracts/fields';
import { keys, type FormSpec } from '../../shared/contracts/form-spec';
import type { StatusView } from '../../shared/contracts/appeal-status';
import { readingForm } from '../../shared/contracts/meter-reading';
import { intakeConfig } from '../config';
import { formatDate, formatDateTime, t } from '../i18n';
import type { AppealReceipt, ReadingReceipt } from '../register';
import { escapeHtml } from './escape';
import { errorSummary, formStyle, renderForm } from './form';
import { renderPage } from './page';

/** The pages a visitor without JavaScript sees after submitting a form to the CMS. */

const siteLink = (locale: FormLocale, path: string, key: string) =>
  `<a href="${escapeHtml(`${intakeConfig().siteUrl}/${locale}/${path}`)}">${escapeHtml(t(locale, key))}</a>`;

/** The form again, with the visitor's values, the error summary and the messages at the fields. */
export function formWithErrors(spec: FormSpec, locale: FormLocale, values: Record<string, unknown>, errors: FieldError[], action: string): string {
  return renderPage({
    locale,
    title: t(locale, `${spec.id}.title`),
    hasErrors: true,
    style: formStyle(spec),
    body: `${errorSummary(spec, locale, errors)}\n${renderForm(spec, { locale, values, errors }, action)}`,
  });
}

/** A problem with the submission as a whole (too large, too many, wrong format): what happened and the way back. */
export function problemPage(spec: FormSpec | null, locale: FormLocale, key: string, values: Record<string, string | number> = {}): string {
  const back = spec ? siteLink(locale, spec.id === 'status' ? 'appeal/status/' : `${spec.id === 'appeal' ? 'appeal' : 'readings'}/`, `${spec.id}.title`) : siteLink(locale, '', 'form.backToSite');
  return renderPage({
    locale,
    title: spec ? t(locale, `${spec.id}.title`) : t(locale, 'site.name'),
    hasErrors: true,
    body: `<div class="error-summary" tabindex="-1" autofocus aria-labelledby="problem-title"><div role="alert"><h2 id="problem-title">${escapeHtml(t(locale, 'form.summary.title'))}</h2><p>${escapeHtml(t(locale, key, values))}</p></div></div><p>${back}</p>`,
  });
}

export function appealReceiptPage(locale: FormLocale, receipt: AppealReceipt & { email?: string }): string {
  const rows: Array<[string, string]> = [
    ['appeal.done.number', `<strong>${escapeHtml(receipt.number)}</strong>`],
    ['appeal.done.date', escapeHtml(formatDate(locale, receipt.registeredAt))],
    ['appeal.done.due', escapeHtml(formatDate(locale, receipt.dueDate))],
    ['appeal.done.code', `<span class="code">${escapeHtml(receipt.accessCode)}</span>`],
  ];
  return renderPage({
    locale,
    title: t(locale, 'appeal.done.title'),
    body: `<div class="panel"><dl class="receipt">${rows.map(([key, value]) => `<dt>${escapeHtml(t(locale, key))}</dt><dd>${value}</dd>`).join('')}</dl></div>
<p>${escapeHtml(t(locale, 'appeal.done.keep'))}</p>
${receipt.email ? `<p>${escapeHtml(t(locale, 'appeal.done.emailSent', { email: receipt.email }))}</p>` : ''}
<ul><li>${siteLink(locale, 'appeal/status/', 'appeal.done.status')}</li><li>${siteLink(locale, 'appeal/', 'appeal.done.again')}</li></ul>`,
  });
}

export function readingReceiptPage(locale: FormLocale, receipt: ReadingReceipt & { values: Record<string, string> }): string {
  const readings = Object.entries(receipt.values).map(([field, value]) => [escapeHtml(t(locale, keys.label(readingForm, field))), escapeHtml(value)] as const);
  const rows = [
    [escapeHtml(t(locale, 'readings.done.number')), `<strong>${escapeHtml(receipt.number)}</strong>`],
    [escapeHtml(t(locale, 'readings.done.received')), escapeHtml(formatDateTime(locale, receipt.submittedAt))],
    ...readings,
  ];
  return renderPage({
    locale,
    title: t(locale, 'readings.done.title'),
    body: `<div class="panel"><dl class="receipt">${rows.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl></div>
<ul><li>${siteLink(locale, 'readings/', 'readings.done.again')}</li><li>${siteLink(locale, '', 'form.backToSite')}</li></ul>`,
  });
}

export function statusText(locale: FormLocale, view: StatusView): string {
  return t(locale, `status.value.${view.status}`, { date: view.extendedTo ? formatDate(locale, view.extendedTo, 'dative') : '' });
}

export function statusPage(locale: FormLocale, view: StatusView): string {
  return renderPage({
    locale,
    title: t(locale, 'status.title'),
    body: `<div class="panel"><h2>${escapeHtml(t(locale, 'status.result.title', { number: view.number }))}</h2><p><strong>${escapeHtml(statusText(locale, view))}</strong></p></div>
<ul><li>${siteLink(locale, 'appeal/status/', 'status.again')}</li><li>${siteLink(locale, '', 'form.backToSite')}</li></ul>`,
  });
}

export function expiredReceiptPage(locale: FormLocale): string {
  return problemPage(null, locale, 'form.error.expired');
}
