import { renderToStaticMarkup } from 'react-dom/server';
import { appealForm } from '../../shared/contracts/appeal';
import { statusForm, type StatusView } from '../../shared/contracts/appeal-status';
import { attachmentFacts, takesFiles } from '../../shared/contracts/attachments';
import type { FieldError } from '../../shared/contracts/errors';
import type { FormLocale } from '../../shared/contracts/fields';
import { stringPrefixesOf, type FormSpec } from '../../shared/contracts/form-spec';
import { readingForm } from '../../shared/contracts/meter-reading';
import AppealForm from '../../shared/forms/AppealForm';
import { AppealReceipt } from '../../shared/forms/AppealReceipt';
import { formLinks, type FormId } from '../../shared/forms/links';
import ReadingsForm, { ReadingReceipt } from '../../shared/forms/ReadingsForm';
import RequestForm from '../../shared/forms/RequestForm';
import { REQUEST_KINDS, REQUESTS, requestTypeOf } from '../../shared/contracts/requests';
import StatusLookup, { StatusResult } from '../../shared/forms/StatusLookup';
import EstimateForm from '../../shared/forms/EstimateForm';
import SatisfactionForm from '../../shared/forms/SatisfactionForm';
import SubscribeForm from '../../shared/forms/SubscribeForm';
import { municipalityOptionStrings, subscriptionForm } from '../../shared/contracts/subscription';
import { satisfactionForm } from '../../shared/contracts/feedback';
import { formStrings } from '../../shared/forms/text';
import type { Locale } from '../../shared/locales';
import { estimateOf, type TariffPrice } from '../../shared/tariffs/estimate';
import { defaultMonth, ESTIMATE_ENDPOINT, ESTIMATE_STRING_PREFIXES, estimateForm, estimateMonths } from '../../shared/tariffs/estimate-form';
import { valuesFromPost } from '../../shared/forms/values';
import { intakeConfig } from '../config';
import { factValues } from '../facts';
import { t } from '../i18n';
import type { AppealReceipt as AppealRecord, ReadingReceipt as ReadingRecord } from '../register';
import { escapeHtml } from './escape';
import { renderPage } from './page';

/**
 * The pages a visitor without JavaScript sees after submitting a form to the CMS. The forms and receipts are the
 * site's own components (cms/src/shared/forms/), rendered here on the server in the state the post left — the
 * same markup the island shows after the same submission, with the same stylesheet.
 */
const FORMS = { appeal: AppealForm, readings: ReadingsForm, status: StatusLookup, subscribe: SubscribeForm } as const;
/** The forms posted to the intake: the three above and every typed request. */
export type PostFormId = keyof typeof FORMS | (typeof REQUESTS)[keyof typeof REQUESTS]['spec']['id'];
const SPECS = {
  appeal: appealForm,
  readings: readingForm,
  status: statusForm,
  subscribe: subscriptionForm,
  ...Object.fromEntries(REQUEST_KINDS.map((type) => [REQUESTS[type].spec.id, REQUESTS[type].spec])),
} as Record<PostFormId, FormSpec>;

/** The component of form `id` in a given state: its own, or the request form of its type. */
function renderForm(id: PostFormId, props: ReturnType<typeof formProps> & { initial?: object }): string {
  const type = requestTypeOf(id);
  if (type) return renderToStaticMarkup(<RequestForm {...props} type={type} />);
  const Form = FORMS[id as keyof typeof FORMS] as (props: object) => React.JSX.Element;
  return renderToStaticMarkup(<Form {...props} />);
}

/** What a form component gets in the CMS: its strings with the editors' facts, its endpoint, the site's links. */
export function formProps(id: PostFormId, locale: FormLocale) {
  const { siteUrl, files } = intakeConfig();
  const limits = { maxFiles: files.maxFiles, maxBytes: files.maxBytes };
  return {
    locale,
    strings: {
      ...formStrings(locale, stringPrefixesOf(SPECS[id]), { ...factValues(), ...attachmentFacts(limits) }),
      ...(id === 'subscribe' ? municipalityOptionStrings(locale) : {}),
    },
    action: SPECS[id].endpoint,
    links: formLinks(siteUrl, locale, id),
    ...(takesFiles(SPECS[id]) ? { limits } : {}),
  };
}

/** The form again, with the visitor's values, the error summary (focused on load) and the messages at the fields. */
export function formWithErrors(spec: FormSpec, locale: FormLocale, posted: Record<string, unknown>, errors: FieldError[]): string {
  const id = spec.id as PostFormId;
  const initial = { values: valuesFromPost(spec, posted), errors };
  return renderPage({ locale, title: t(locale, `${id}.title`), hasErrors: true, body: renderForm(id, { ...formProps(id, locale), initial }) });
}

/** A problem with the submission as a whole (too large, too many, wrong format): what happened and the way back. */
export function problemPage(spec: FormSpec | null, locale: FormLocale, key: string, values: Record<string, string | number> = {}): string {
  // Back to the form that was posted, or to the site's home page.
  const links = formLinks(intakeConfig().siteUrl, locale, (spec?.id ?? 'appeal') as FormId);
  const back = `<a href="${escapeHtml(spec ? links.form : links.home)}">${escapeHtml(t(locale, spec ? `${spec.id}.title` : 'form.backToSite'))}</a>`;
  return renderPage({
    locale,
    title: spec ? t(locale, `${spec.id}.title`) : t(locale, 'site.name'),
    hasErrors: true,
    body: `<div class="error-summary" tabindex="-1" autofocus aria-labelledby="problem-title"><div role="alert"><h2 id="problem-title">${escapeHtml(t(locale, 'form.summary.title'))}</h2><p>${escapeHtml(t(locale, key, values))}</p></div></div><p>${back}</p>`,
  });
}

/** The receipt of an appeal, or of a typed request (`id`: its form, whose links the receipt gives). */
export function appealReceiptPage(locale: FormLocale, receipt: AppealRecord & { email?: string }, id: PostFormId = 'appeal'): string {
  const props = formProps(id, locale);
  const form = id === 'appeal' ? 'appeal' : 'request';
  return renderPage({
    locale,
    title: t(locale, `${form}.done.title`),
    body: renderToStaticMarkup(<AppealReceipt {...props} form={form} heading={false} receipt={{ ...receipt, emailSent: Boolean(receipt.email) }} email={receipt.email ?? ''} />),
  });
}

export function readingReceiptPage(locale: FormLocale, receipt: ReadingRecord & { values: Record<string, string> }): string {
  return renderPage({
    locale,
    title: t(locale, 'readings.done.title'),
    body: renderToStaticMarkup(<ReadingReceipt {...formProps('readings', locale)} heading={false} receipt={receipt} />),
  });
}

export function statusPage(locale: FormLocale, view: StatusView): string {
  return renderPage({ locale, title: t(locale, 'status.title'), body: renderToStaticMarkup(<StatusResult {...formProps('status', locale)} view={view} />) });
}

/**
 * The estimate for a browser without JavaScript: the site's form component, submitted with the query's values and
 * priced here by the same module — the result first, then the form to change it. A bare address (no field asked)
 * is the form alone. 422 when there is something to fix, as the other forms answer.
 */
export function estimatePage(locale: Locale, prices: TariffPrice[], today: string, query: Record<string, unknown>): { status: number; html: string } {
  const months = estimateMonths(prices, today);
  const initialMonth = defaultMonth(months, today);
  const values = valuesFromPost(estimateForm(months, initialMonth), query);
  const submitted = Object.keys(values).length > 0;
  const ok = !submitted || estimateOf(prices, values).ok;
  const { siteUrl } = intakeConfig();
  const props = {
    locale,
    strings: formStrings(locale, ESTIMATE_STRING_PREFIXES, factValues()),
    action: ESTIMATE_ENDPOINT,
    links: formLinks(siteUrl, locale, 'estimate'),
    prices,
    months,
    initialMonth,
    initial: submitted ? { values } : undefined,
  };
  const notice = `<p class="notice">${escapeHtml(t(locale, 'estimate.notice'))} <a href="${escapeHtml(`${siteUrl}/${locale}/tariffs/`)}">${escapeHtml(t(locale, 'tariffs.title'))}</a></p>`;
  return {
    status: ok ? 200 : 422,
    html: renderPage({ locale, title: t(locale, 'estimate.title'), hasErrors: !ok, body: notice + renderToStaticMarkup(<EstimateForm {...props} />) }),
  };
}

export function expiredReceiptPage(locale: FormLocale): string {
  return problemPage(null, locale, 'form.error.expired');
}

/**
 * The score of an answer (the answer e-mail's sealed link, `token`): the form, or with what to fix (422). The
 * form posts back to its own address, so nothing but the token names the appeal.
 */
export function satisfactionPage(locale: FormLocale, token: string, state?: { values: Record<string, unknown>; errors: FieldError[] }): string {
  const { siteUrl } = intakeConfig();
  const props = {
    locale,
    strings: formStrings(locale, stringPrefixesOf(satisfactionForm), factValues()),
    action: `${satisfactionForm.endpoint}/${token}`,
    links: formLinks(siteUrl, locale, 'satisfaction'),
    ...(state ? { initial: { values: valuesFromPost(satisfactionForm, state.values), errors: state.errors } } : {}),
  };
  return renderPage({
    locale,
    title: t(locale, 'satisfaction.title'),
    hasErrors: Boolean(state?.errors.length),
    body: `<p class="lead">${escapeHtml(t(locale, 'satisfaction.lead'))}</p>${renderToStaticMarkup(<SatisfactionForm {...props} />)}`,
  });
}

/** After a score, or a page's «полезна ли» answer without JavaScript: thanks, and the way back. */
export function thanksPage(locale: FormLocale, kind: 'satisfaction' | 'feedback', back: string): string {
  return renderPage({
    locale,
    title: t(locale, `${kind}.done.title`),
    body: `<p>${escapeHtml(t(locale, `${kind}.done.text`))}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t(locale, kind === 'feedback' ? 'feedback.back' : 'form.backToSite'))}</a></p>`,
  });
}

/** A subscription's pages: sent (look for the e-mail), or one of its links' outcomes — each a short page with the way on. */
export function subscriptionPage(locale: FormLocale, key: 'sent' | 'already' | 'confirmed' | 'unsubscribed', municipality?: string): string {
  const back = `${intakeConfig().siteUrl}/${locale}/outages/${municipality ? `${municipality}/` : ''}`;
  return renderPage({
    locale,
    title: t(locale, `subscribe.${key}.title`),
    body: `<p>${escapeHtml(t(locale, `subscribe.${key}.text`))}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t(locale, 'outages.title'))}</a></p>`,
  });
}

/** A confirmation or unsubscribe link opened in a browser: one button (a GET changes nothing — mail scanners follow links). */
export function subscriptionActionPage(locale: FormLocale, action: 'confirm' | 'unsubscribe', postTo: string): string {
  return renderPage({
    locale,
    title: t(locale, `subscribe.${action}.title`),
    body: `<p>${escapeHtml(t(locale, `subscribe.${action}.text`))}</p><form method="post" action="${escapeHtml(postTo)}"><input type="hidden" name="locale" value="${locale}"><button type="submit">${escapeHtml(t(locale, `subscribe.${action}.button`))}</button></form>`,
  });
}
