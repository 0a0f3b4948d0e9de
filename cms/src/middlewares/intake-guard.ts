import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import type { FormSpec } from '../shared/contracts/form-spec';
import { appealForm } from '../shared/contracts/appeal';
import { takesFiles } from '../shared/contracts/attachments';
import { statusForm } from '../shared/contracts/appeal-status';
import { REQUEST_KINDS, REQUESTS } from '../shared/contracts/requests';
import { readingForm } from '../shared/contracts/meter-reading';
import { satisfactionForm } from '../shared/contracts/feedback';
import { subscriptionForm } from '../shared/contracts/subscription';
import { intakeConfig, type IntakeConfig } from '../intake/config';
import { limiter } from '../intake/limits';
import { sendProblem } from '../intake/respond';
import { recordSubmission } from '../intake/telemetry';

/**
 * The intake's gate (global::intake-guard), placed before strapi::body in config/middlewares.ts so that nothing
 * is read from a request that is refused anyway:
 *   - origin: a browser's post must come from the site (or from the CMS's own answer page) — 403;
 *   - content type: JSON or a plain form post in UTF-8; multipart/form-data only where documents are taken (appeals
 *     and typed requests: read by the controller as it streams, ../intake/files) — 415;
 *   - size: a Content-Length is required and capped (INTAKE_MAX_BODY_BYTES; with documents, that plus
 *     INTAKE_MAX_FILES × INTAKE_MAX_FILE_BYTES) — 411 / 413, before a byte of the body is read;
 *   - rate: posts per address per endpoint (INTAKE_RATE_LIMITS) — 429 with Retry-After;
 *   - a body that does not parse (broken JSON, bad encoding) — 400, with the same error shape as a refused field.
 * Every refusal is answered in the client's mode (JSON for the islands, a page for a browser without JavaScript)
 * and happens before anything is stored. Every post, whatever its fate, is logged and counted (intake/telemetry.ts).
 */
const POST_ROUTES: Record<string, { spec: FormSpec | null; limit: keyof IntakeConfig['limits']; files?: boolean }> = {
  '/api/intake/appeals': { spec: appealForm, limit: 'appeals', files: true },
  '/api/intake/readings': { spec: readingForm, limit: 'readings' },
  // The typed requests count against the appeals' limit: the same officers answer both.
  ...Object.fromEntries(
    REQUEST_KINDS.map((type) => [REQUESTS[type].spec.endpoint, { spec: REQUESTS[type].spec, limit: 'appeals' as const, files: takesFiles(REQUESTS[type].spec) }]),
  ),
  '/api/intake/appeal-status': { spec: statusForm, limit: 'lookups' },
  // No form of the site's own layout: a refusal is a plain problem page.
  '/api/intake/page-feedback': { spec: null, limit: 'feedback' },
  '/api/intake/outage-subscriptions': { spec: subscriptionForm, limit: 'subscribe' },
};

/** The satisfaction form posts to its own sealed address, /api/intake/satisfaction/<token>. */
const SATISFACTION = { spec: satisfactionForm, limit: 'feedback' as const };
/** A subscription's confirm and unsubscribe links post to themselves; mail clients' one-click posts come from few addresses. */
const SUBSCRIPTION_LINK = { spec: null, limit: 'links' as const };
const routeOf = (path: string) =>
  POST_ROUTES[path] ??
  (path.startsWith('/api/intake/satisfaction/') ? SATISFACTION : /^\/api\/intake\/outage-subscriptions\/(confirm|unsubscribe)\//.test(path) ? SUBSCRIPTION_LINK : undefined);

/** An error of the body parser: thrown while no body is parsed yet, with a 4xx status (co-body / raw-body). */
const isBodyError = (ctx: Context, error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status;
  return (ctx.request as { body?: unknown }).body === undefined && typeof status === 'number' && status >= 400 && status < 500;
};

export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  if (!ctx.path.startsWith('/api/intake/')) return next();
  ctx.set('Cache-Control', 'no-store');
  const route = routeOf(ctx.path);
  if (!route || ctx.method !== 'POST') return next();
  // Every post, accepted or refused here or by its controller, is one log line and one count (intake/telemetry.ts).
  const started = performance.now();
  try {
    await guard(ctx, next, route);
  } finally {
    recordSubmission({ kind: kindOf(ctx.path), status: ctx.status, number: (ctx.state as { intakeNumber?: string }).intakeNumber, ms: performance.now() - started });
  }
};

/** What a post was, for the logs and the metrics: the endpoint, never the content. */
const kindOf = (path: string) => {
  const rest = path.slice('/api/intake/'.length);
  if (rest.startsWith('satisfaction/')) return 'satisfaction';
  if (rest.startsWith('outage-subscriptions/')) return `subscription-${rest.split('/')[1]}`;
  if (rest.startsWith('requests/')) return `request:${rest.split('/')[1]}`;
  return rest;
};

async function guard(ctx: Context, next: Next, route: NonNullable<ReturnType<typeof routeOf>>) {
  const config = intakeConfig();
  const origin = ctx.get('Origin');
  if (origin && origin !== ctx.origin && !config.siteOrigins.includes(origin)) return sendProblem(ctx, 403, 'form.error.origin', route.spec);
  // JSON is UTF-8 (RFC 8259); a form post from our pages is too. Any other declared charset is refused, not guessed.
  const charset = ctx.request.charset.toLowerCase();
  const multipart = Boolean(route.files && ctx.is('multipart/form-data'));
  if ((!multipart && !ctx.is('application/json', 'application/x-www-form-urlencoded')) || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
    return sendProblem(ctx, 415, 'form.error.format', route.spec);
  }
  const length = ctx.request.length;
  if (length === undefined) return sendProblem(ctx, 411, 'form.error.format', route.spec);
  // Documents: each file at its limit, and room for the parts' headers (a few hundred bytes each).
  const cap = multipart ? config.maxBodyBytes + config.files.maxFiles * (config.files.maxBytes + 4096) : config.maxBodyBytes;
  if (length > cap) return sendProblem(ctx, 413, 'form.error.tooLarge', route.spec);

  const wait = await limiter(route.limit).hit(ctx.ip);
  if (wait > 0) {
    ctx.set('Retry-After', String(wait));
    return sendProblem(ctx, 429, 'form.error.rateLimited', route.spec, { minutes: Math.ceil(wait / 60) });
  }

  try {
    await next();
  } catch (error) {
    if (!isBodyError(ctx, error)) throw error;
    const tooLarge = (error as { type: string }).type === 'entity.too.large';
    return sendProblem(ctx, tooLarge ? 413 : 400, tooLarge ? 'form.error.tooLarge' : 'form.error.format', route.spec);
  }
}
