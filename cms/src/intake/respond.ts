import type { Context } from 'koa';
import { FORM_FIELD, type FieldError } from '../shared/contracts/errors';
import type { FormLocale } from '../shared/contracts/fields';
import { DEFAULT_LOCALE, isLocale } from '../shared/locales';
import type { FormSpec } from '../shared/contracts/form-spec';
import { problemPage } from './html/pages';

/**
 * Two kinds of client post to the intake. The site's islands send JSON and get JSON: 201 with the receipt, or a
 * 4xx whose body lists `{ field, key }` for every problem. A browser without JavaScript sends the form itself
 * (application/x-www-form-urlencoded, or multipart/form-data with documents) and gets pages: a redirect to the receipt, or the form again with its errors.
 */
export type Mode = 'json' | 'html';

export const modeOf = (ctx: Context): Mode =>
  // A multipart post is the form itself: from a page without JavaScript (it accepts HTML), or from an island
  // sending files (it asks for JSON).
  ctx.is('application/x-www-form-urlencoded') || (ctx.is('multipart/form-data') && !ctx.get('Accept').includes('application/json')) ? 'html' : 'json';

/**
 * The language of an answer page: the form's own `locale` field when it is valid, else the `lang` of the form's
 * address (set by the site, so even a refused, unread body is answered in the page's language), else Russian.
 */
export function pageLocale(ctx: Context, body?: unknown): FormLocale {
  const fromBody = typeof body === 'object' && body !== null ? (body as { locale?: unknown }).locale : undefined;
  if (isLocale(fromBody)) return fromBody;
  return isLocale(ctx.query.lang) ? ctx.query.lang : DEFAULT_LOCALE;
}

/** The JSON error shape; `values` fill the message's placeholders ({minutes} of a rate limit) on the client. */
export function sendJsonErrors(ctx: Context, status: number, errors: FieldError[], values: Record<string, string | number> = {}) {
  ctx.status = status;
  // The placeholders ride on the form-level errors, as a file's name rides on its own: the island reads them there.
  const placed = Object.keys(values).length ? errors.map((error) => (error.field === FORM_FIELD ? { ...error, values } : error)) : errors;
  ctx.body = { data: null, error: { status, name: 'IntakeError', message: errors[0]?.key ?? 'form.error.format', details: { errors: placed, values } } };
}

/** A problem with the submission as a whole, in the client's mode. */
export function sendProblem(ctx: Context, status: number, key: string, spec: FormSpec | null, values: Record<string, string | number> = {}) {
  if (modeOf(ctx) === 'html') {
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = problemPage(spec, pageLocale(ctx), key, values);
  } else {
    sendJsonErrors(ctx, status, [{ field: FORM_FIELD, key }], values);
  }
}

export function sendHtml(ctx: Context, status: number, html: string) {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  // Pages with a visitor's data: never cached, never framed, their address (a sealed receipt) never sent to another
  // site as a Referer. Not "no-referrer": that would make the browser send `Origin: null` with the page's own form,
  // which the guard refuses.
  ctx.set('Referrer-Policy', 'same-origin');
  ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  ctx.body = html;
}
