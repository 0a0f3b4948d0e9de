import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type * as z from 'zod/mini';
import { appealForm, appealFromForm, appealInput, type AppealInput } from '../../../shared/contracts/appeal';
import { attachmentError } from '../../../shared/contracts/attachments';
import { statusForm, statusLookupInput } from '../../../shared/contracts/appeal-status';
import { check, type Checked, type FieldError } from '../../../shared/contracts/errors';
import { readingForm, readingInput, READING_FIELDS } from '../../../shared/contracts/meter-reading';
import { documentsProblem, REQUESTS, type RequestKindType } from '../../../shared/contracts/requests';
import type { FormLocale } from '../../../shared/contracts/fields';
import type { FormSpec } from '../../../shared/contracts/form-spec';
import { intakeConfig } from '../../../intake/config';
import { loadFacts } from '../../../intake/facts';
import {
  appealReceiptPage,
  estimatePage,
  expiredReceiptPage,
  formWithErrors,
  problemPage,
  readingReceiptPage,
  satisfactionPage,
  statusPage,
  subscriptionActionPage,
  subscriptionPage,
  thanksPage,
} from '../../../intake/html/pages';
import { PAGE_PATH, pageFeedbackInput, satisfactionInput } from '../../../shared/contracts/feedback';
import { subscriptionForm, subscriptionInput } from '../../../shared/contracts/subscription';
import { MUNICIPALITY_SLUGS } from '../../../shared/municipalities';
import { confirmSubscription, subscribe, unsubscribe } from '../../../intake/subscriptions';
import { registerPageFeedback, registerSatisfaction, satisfactionTarget } from '../../../intake/feedback';
import { limiter } from '../../../intake/limits';
import { openReceipt, sealReceipt } from '../../../intake/receipt-token';
import { discard, keepFiles, type KeptFile } from '../../../intake/files/store';
import { UnreadableUpload } from '../../../intake/files/receive';
import { readUpload, type Upload } from '../../../intake/files/upload';
import { lookUpStatus, registerAppeal, registerReading, registerRequest, type AppealReceipt } from '../../../intake/register';
import { publishedPrices } from '../../../intake/tariffs';
import { moscowDate } from '../../../shared/calendar';
import { modeOf, pageLocale, sendHtml, sendJsonErrors, sendProblem } from '../../../intake/respond';

/**
 * The intake's handlers. The contract decides (cms/src/shared/contracts); a refused submission is answered with its
 * errors and nothing is stored; an accepted one is answered only after its transaction has committed.
 */
/** The form ids of the typed requests (their receipts name them). */
type RequestFormId = (typeof REQUESTS)[RequestKindType]['spec']['id'];

type Receipt =
  | { kind: 'appeal' | RequestFormId; locale: 'ru' | 'tt'; number: string; registeredAt: string; dueDate: string; accessCode: string; email?: string; files?: string[] }
  | { kind: 'reading'; locale: 'ru' | 'tt'; number: string; submittedAt: string; values: Record<string, string> };

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = (ctx.request as unknown as { body?: unknown }).body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
};

/** A subscription link opened in a browser: its one button, posting back to the same address. */
function subscriptionLinkPage(ctx: Context, action: 'confirm' | 'unsubscribe') {
  const locale = pageLocale(ctx);
  sendHtml(ctx, 200, subscriptionActionPage(locale, action, `/api/intake/outage-subscriptions/${action}/${String(ctx.params.token)}?lang=${locale}`));
}

/** Refused: JSON errors for the islands, the form again for a browser without JavaScript (values kept). */
function refuse(ctx: Context, spec: FormSpec, errors: FieldError[], status = 422, posted: Record<string, unknown> = bodyOf(ctx)) {
  if (modeOf(ctx) === 'json') return sendJsonErrors(ctx, status, errors);
  const { website: _honeypot, ...values } = posted;
  // The code is not repeated back into a page.
  if (spec.id === 'status') delete values.code;
  sendHtml(ctx, status, formWithErrors(spec, pageLocale(ctx, posted), values, errors));
}

/** Accepted, after a no-JavaScript post: redirect to the receipt page, so a reload never submits twice. */
function redirectToReceipt(ctx: Context, receipt: Receipt) {
  ctx.status = 303;
  ctx.redirect(`/api/intake/receipt?lang=${receipt.locale}&t=${sealReceipt(receipt, intakeConfig().secret)}`);
}

/** One message per problem: a post can repeat a form-level one (two oversized fields). */
const distinct = (errors: FieldError[]) =>
  errors.filter((error, index) => errors.findIndex((other) => other.field === error.field && other.key === error.key && other.values?.name === error.values?.name) === index);

type Submitted = { locale: FormLocale; email?: string } & Record<string, unknown>;

/**
 * An appeal or a typed request, with or without documents. A multipart post is streamed to the private store and
 * its files checked (./intake/files); a JSON or form post was parsed by strapi::body. The contract and the files
 * are checked together, so every problem shows at once; if any is found, or the registration fails, every file of
 * the post is removed — a refused post stores nothing.
 */
async function submitWithFiles(
  strapi: Core.Strapi,
  ctx: Context,
  spec: FormSpec,
  schema: z.core.$ZodType,
  register: (data: Submitted, files: KeptFile[]) => Promise<AppealReceipt>,
  /** Too few documents for what was asked (a benefit's), once the contract holds. */
  documents?: (data: Submitted, files: number) => FieldError | null,
) {
  const mode = modeOf(ctx);
  let upload: Upload | undefined;
  if (ctx.is('multipart/form-data')) {
    try {
      upload = await readUpload(ctx);
    } catch (error) {
      if (error instanceof UnreadableUpload) return sendProblem(ctx, 400, 'form.error.format', spec);
      throw error;
    }
  }
  let pending = upload?.files.map((file) => file.path) ?? [];
  try {
    const posted = upload?.fields ?? bodyOf(ctx);
    const raw = upload || mode === 'html' ? appealFromForm(posted) : (ctx.request as unknown as { body?: unknown }).body;
    const checked = check(schema, raw) as Checked<Submitted>;
    const tooFew = checked.ok ? documents?.(checked.data, upload?.files.length ?? 0) : null;
    const problems = distinct([...(checked.ok ? [] : checked.errors), ...(upload?.problems ?? []), ...(tooFew ? [tooFew] : [])]);
    if (!checked.ok || problems.length) {
      // A page cannot keep chosen files: say which ones to choose again.
      if (mode === 'html' && upload?.files.length) problems.push(attachmentError('again', upload.files.map((file) => file.name).join(', ')));
      return refuse(ctx, spec, problems, 422, posted);
    }
    const kept = await keepFiles(upload?.files ?? []);
    pending = kept.map((file) => file.path);
    const receipt = { ...(await register(checked.data, kept)), ...(kept.length ? { files: kept.map((file) => file.name) } : {}) };
    pending = [];
    (ctx.state as { intakeNumber?: string }).intakeNumber = receipt.number;
    const { email, locale } = checked.data;
    const kind = spec.id as Exclude<Receipt['kind'], 'reading'>;
    if (mode === 'html') return redirectToReceipt(ctx, { kind, locale, ...receipt, ...(email ? { email } : {}) });
    ctx.status = 201;
    ctx.body = { data: { ...receipt, emailSent: Boolean(email) } };
  } finally {
    await discard(pending);
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async appeal(ctx: Context) {
    await loadFacts(strapi);
    await submitWithFiles(strapi, ctx, appealForm, appealInput, (data, files) => registerAppeal(strapi, data as AppealInput, files));
  },

  /** A typed request (contracts/requests.ts), checked by its type's contract. */
  async request(ctx: Context) {
    await loadFacts(strapi);
    const type = (ctx.params as { type?: string }).type as RequestKindType;
    const kind = Object.prototype.hasOwnProperty.call(REQUESTS, type) ? REQUESTS[type] : undefined;
    // Not a type the guard knows: nothing here to post to.
    if (!kind) return sendProblem(ctx, 404, 'form.error.format', null);
    await submitWithFiles(
      strapi,
      ctx,
      kind.spec,
      kind.schema,
      (data, files) => registerRequest(strapi, type, data, files),
      (data, files) => documentsProblem(kind, data, files),
    );
  },

  async reading(ctx: Context) {
    await loadFacts(strapi);
    const checked = check(readingInput, (ctx.request as unknown as { body?: unknown }).body);
    if (!checked.ok) return refuse(ctx, readingForm, checked.errors);

    const receipt = await registerReading(strapi, checked.data);
    (ctx.state as { intakeNumber?: string }).intakeNumber = receipt.number;
    const values = Object.fromEntries(READING_FIELDS.filter((field) => checked.data[field] !== undefined).map((field) => [field, checked.data[field]!]));
    if (modeOf(ctx) === 'html') return redirectToReceipt(ctx, { kind: 'reading', locale: checked.data.locale, ...receipt, values });
    ctx.status = 201;
    ctx.body = { data: { ...receipt, values } };
  },

  async status(ctx: Context) {
    await loadFacts(strapi);
    const checked = check(statusLookupInput, (ctx.request as unknown as { body?: unknown }).body);
    if (!checked.ok) return refuse(ctx, statusForm, checked.errors);

    // Guessing codes: a wrong code counts against the address and against the appeal number; over either limit,
    // even the right code is refused until the window passes.
    const byAddress = limiter('wrongCodes');
    const byNumber = limiter('wrongCodesPerNumber');
    const wait = Math.max(await byAddress.blocked(ctx.ip), await byNumber.blocked(checked.data.number));
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      return sendProblem(ctx, 429, 'form.error.rateLimited', statusForm, { minutes: Math.ceil(wait / 60) });
    }
    const view = await lookUpStatus(strapi, checked.data);
    if (!view) {
      await byAddress.hit(ctx.ip);
      await byNumber.hit(checked.data.number);
      return refuse(ctx, statusForm, [{ field: 'code', key: 'status.error.notFound' }], 404);
    }
    if (modeOf(ctx) === 'html') return sendHtml(ctx, 200, statusPage(checked.data.locale, view));
    ctx.body = { data: view };
  },

  /** The estimate, priced here for a browser without JavaScript: 200 with the result, 422 with what to fix. */
  async estimate(ctx: Context) {
    await loadFacts(strapi);
    const locale = pageLocale(ctx, ctx.query);
    const page = estimatePage(locale, await publishedPrices(strapi, locale), moscowDate(), ctx.query);
    sendHtml(ctx, page.status, page.html);
  },

  /** «Была ли страница полезной?»: stored without personal data; thanks by page (no JavaScript) or by JSON. */
  async pageFeedback(ctx: Context) {
    await loadFacts(strapi);
    const checked = check(pageFeedbackInput, bodyOf(ctx));
    if (!checked.ok) {
      if (modeOf(ctx) === 'json') return sendJsonErrors(ctx, 422, checked.errors);
      return sendProblem(ctx, 422, checked.errors[0]!.key, null);
    }
    await registerPageFeedback(strapi, checked.data);
    if (modeOf(ctx) === 'html') {
      ctx.status = 303;
      return ctx.redirect(`/api/intake/page-feedback/thanks?lang=${checked.data.locale}&back=${encodeURIComponent(checked.data.path)}`);
    }
    ctx.status = 201;
    ctx.body = { data: { ok: true } };
  },

  async pageFeedbackThanks(ctx: Context) {
    await loadFacts(strapi);
    const locale = pageLocale(ctx);
    const back = typeof ctx.query.back === 'string' && PAGE_PATH.test(ctx.query.back) ? ctx.query.back : `/${locale}/`;
    sendHtml(ctx, 200, thanksPage(locale, 'feedback', `${intakeConfig().siteUrl}${back}`));
  },

  /** The score of an answer, by its e-mail's sealed link: the form (GET) and its post; once per appeal. */
  async satisfactionForm(ctx: Context) {
    await loadFacts(strapi);
    const target = await satisfactionTarget(strapi, String(ctx.params.token));
    if (target.kind === 'invalid') return sendHtml(ctx, 410, problemPage(null, pageLocale(ctx), 'satisfaction.error.invalid'));
    if (target.kind === 'rated') return sendHtml(ctx, 409, problemPage(null, pageLocale(ctx), 'satisfaction.error.rated'));
    sendHtml(ctx, 200, satisfactionPage(pageLocale(ctx), String(ctx.params.token)));
  },

  async satisfaction(ctx: Context) {
    await loadFacts(strapi);
    const token = String(ctx.params.token);
    const target = await satisfactionTarget(strapi, token);
    if (target.kind === 'invalid') return sendProblem(ctx, 410, 'satisfaction.error.invalid', null);
    if (target.kind === 'rated') return sendProblem(ctx, 409, 'satisfaction.error.rated', null);
    const posted = bodyOf(ctx);
    const checked = check(satisfactionInput, posted);
    if (!checked.ok) {
      if (modeOf(ctx) === 'json') return sendJsonErrors(ctx, 422, checked.errors);
      return sendHtml(ctx, 422, satisfactionPage(pageLocale(ctx, posted), token, { values: posted, errors: checked.errors }));
    }
    if (!(await registerSatisfaction(strapi, target, checked.data))) return sendProblem(ctx, 409, 'satisfaction.error.rated', null);
    if (modeOf(ctx) === 'html') {
      ctx.status = 303;
      return ctx.redirect(`/api/intake/satisfaction/thanks?lang=${checked.data.locale}`);
    }
    ctx.status = 201;
    ctx.body = { data: { ok: true } };
  },

  async satisfactionThanks(ctx: Context) {
    await loadFacts(strapi);
    const locale = pageLocale(ctx);
    sendHtml(ctx, 200, thanksPage(locale, 'satisfaction', `${intakeConfig().siteUrl}/${locale}/`));
  },

  /** A subscription to supply notices (issue 15): checked, then a confirmation e-mail — nothing goes until it is confirmed. */
  async subscribe(ctx: Context) {
    await loadFacts(strapi);
    const posted = bodyOf(ctx);
    const checked = check(subscriptionInput, modeOf(ctx) === 'html' ? appealFromForm(posted) : (ctx.request as unknown as { body?: unknown }).body);
    if (!checked.ok) return refuse(ctx, subscriptionForm, checked.errors);
    const outcome = await subscribe(strapi, checked.data);
    if (outcome === 'tooMany') return sendProblem(ctx, 429, 'subscribe.error.tooMany', subscriptionForm);
    const { locale, municipality } = checked.data;
    if (modeOf(ctx) === 'json') {
      ctx.status = outcome === 'sent' ? 201 : 200;
      ctx.body = { data: { outcome } };
      return;
    }
    if (outcome === 'already') return sendHtml(ctx, 200, subscriptionPage(locale, 'already', municipality));
    ctx.status = 303;
    ctx.redirect(`/api/intake/outage-subscriptions/sent?lang=${locale}&m=${encodeURIComponent(municipality)}`);
  },

  async subscriptionSent(ctx: Context) {
    await loadFacts(strapi);
    const municipality = typeof ctx.query.m === 'string' && MUNICIPALITY_SLUGS.includes(ctx.query.m) ? ctx.query.m : undefined;
    sendHtml(ctx, 200, subscriptionPage(pageLocale(ctx), 'sent', municipality));
  },

  /** A confirmation or unsubscribe link: GET shows its one button (mail scanners follow links; only the POST acts). */
  async confirmLink(ctx: Context) {
    await loadFacts(strapi);
    subscriptionLinkPage(ctx, 'confirm');
  },
  async unsubscribeLink(ctx: Context) {
    await loadFacts(strapi);
    subscriptionLinkPage(ctx, 'unsubscribe');
  },

  /** Confirmed once; a second use says so, a forged or expired link changes nothing. */
  async confirm(ctx: Context) {
    await loadFacts(strapi);
    const outcome = await confirmSubscription(strapi, String(ctx.params.token));
    if (outcome === 'invalid') return sendProblem(ctx, 410, 'subscribe.error.invalid', null);
    if (outcome === 'already') return sendProblem(ctx, 409, 'subscribe.error.confirmedAlready', null);
    if (modeOf(ctx) === 'json') return void (ctx.body = { data: { outcome } });
    sendHtml(ctx, 200, subscriptionPage(pageLocale(ctx, bodyOf(ctx)), 'confirmed'));
  },

  /** The page's button, or RFC 8058's one-click POST from a mail client (body List-Unsubscribe=One-Click). */
  async unsubscribe(ctx: Context) {
    await loadFacts(strapi);
    const outcome = await unsubscribe(strapi, String(ctx.params.token));
    if (outcome === 'invalid') return sendProblem(ctx, 410, 'subscribe.error.invalid', null);
    if (modeOf(ctx) === 'json') return void (ctx.body = { data: { outcome } });
    sendHtml(ctx, 200, subscriptionPage(pageLocale(ctx, bodyOf(ctx)), 'unsubscribed'));
  },

  async receipt(ctx: Context) {
    await loadFacts(strapi);
    const token = typeof ctx.query.t === 'string' ? ctx.query.t : '';
    const receipt = openReceipt<Receipt>(token, intakeConfig().secret);
    if (!receipt) return sendHtml(ctx, 410, expiredReceiptPage(pageLocale(ctx)));
    sendHtml(ctx, 200, receipt.kind === 'reading' ? readingReceiptPage(receipt.locale, receipt) : appealReceiptPage(receipt.locale, receipt, receipt.kind));
  },
});
