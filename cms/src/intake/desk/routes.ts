import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { moscowDate } from '../../shared/calendar';
import { APPEAL_STATUSES, REQUEST_TYPES } from '../../shared/contracts/appeal-status';
import { APPEAL_TOPICS, REPLY_CHANNELS } from '../../shared/contracts/appeal';
import { CHANNELS, CLOSED_REASONS } from '../../admin-ui/appeal-labels';
import { DEADLINE_STATES } from '../deadlines';
import { orderQueue, queued, type QueueSource } from './queue';
import { historyOf } from '../history';
import { messagesOf } from '../outbox/store';
import { APPEAL_UID } from '../register';
import { FILE_UID } from '../files/store';
import { buildReport, reportCsv, type ReportSource } from './report';
import { reportXlsx } from './report-xlsx';

/**
 * The appeals desk's server side (the page: src/admin/desk/): admin routes, answered only to a role that may read
 * appeals (the appeals officers, the super admin) — a content editor gets 403, a visitor 401.
 *   GET  /appeals-desk/appeals              the queue: overdue and due-soon first, then by the day the term ends;
 *                                           filters status, topic, type, deadline (state), channel; `final=1` includes
 *                                           answered and closed ones
 *   GET  /appeals-desk/appeals/:documentId  one appeal: what was submitted, its files, its history, its messages
 *   POST /appeals-desk/appeals/:documentId/:action   take | extend | answer | close | note — through the Document
 *                                           Service, so the status rules, the history and the visitor's message apply
 *                                           exactly as on any other save; a refusal is 400 with the rule's message
 *   GET  /appeals-desk/report?from=YYYY-MM&to=YYYY-MM&format=json|csv|xlsx   the clause-28 report
 */
const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';

type Ability = { can(action: string, subject: string): boolean };
const may = (ctx: Context, action: string) => Boolean((ctx.state as { userAbility?: Ability }).userAbility?.can(action, APPEAL_UID));

const QUEUE_FIELDS = [
  'documentId',
  'number',
  'requestType',
  'channel',
  'topic',
  'appealStatus',
  'registeredAt',
  'dueDate',
  'extendedTo',
  'applicantType',
  'name',
  'language',
  'replyChannel',
  'email',
] as const;

type QueueRow = Record<(typeof QUEUE_FIELDS)[number], string | null>;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The actions: what each writes, from the officer's form (nothing else of the body is taken). */
const ACTIONS: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
  take: () => ({ appealStatus: 'in-progress' }),
  extend: (body) => ({ appealStatus: 'extended', extensionReason: body.extensionReason, extensionNotice: body.extensionNotice }),
  answer: (body) => ({ appealStatus: 'answered', answer: body.answer, answerChannel: oneOf(REPLY_CHANNELS, body.answerChannel) ?? null }),
  close: (body) => ({ appealStatus: 'closed-no-answer', closedReason: oneOf(CLOSED_REASONS, body.closedReason) ?? null }),
  note: (body) => ({ internalNote: body.internalNote }),
};

export function registerDesk(strapi: Core.Strapi): void {
  const guard = (action: string, handler: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
    if (!may(ctx, action)) return ctx.forbidden();
    ctx.set('Cache-Control', 'no-store');
    await handler(ctx);
  };

  async function queue(ctx: Context) {
    const query = ctx.query as Record<string, unknown>;
    const today = moscowDate();
    const status = oneOf(APPEAL_STATUSES, query.status);
    const where: Record<string, unknown> = {
      ...(status ? { appealStatus: status } : query.final === '1' ? {} : { appealStatus: { $notIn: ['answered', 'closed-no-answer'] } }),
      ...(oneOf(APPEAL_TOPICS, query.topic) ? { topic: query.topic } : {}),
      ...(oneOf(CHANNELS, query.channel) ? { channel: query.channel } : {}),
    };
    const type = oneOf(REQUEST_TYPES, query.type);
    // Appeals registered before typed requests existed have no type: they are appeals.
    if (type) Object.assign(where, type === 'appeal' ? { $or: [{ requestType: 'appeal' }, { requestType: { $null: true } }] } : { requestType: type });
    const rows = (await strapi.db.query(APPEAL_UID).findMany({ where, select: [...QUEUE_FIELDS], orderBy: { dueDate: 'asc' }, limit: 2000 })) as QueueRow[];
    const deadline = oneOf(DEADLINE_STATES, query.deadline);
    const items = orderQueue(rows as unknown as Array<QueueRow & QueueSource>, today).filter((row) => !deadline || row.deadline === deadline);
    ctx.body = { data: items, meta: { today, total: items.length } };
  }

  async function one(ctx: Context) {
    const appeal = (await strapi.db.query(APPEAL_UID).findOne({ where: { documentId: ctx.params.documentId } })) as Record<string, unknown> | null;
    if (!appeal) return ctx.notFound();
    delete appeal.accessCodeHash;
    const files = await strapi.db
      .query(FILE_UID)
      .findMany({ where: { appeal: appeal.id }, select: ['documentId', 'fileName', 'fileType', 'size', 'receivedAt'], orderBy: { id: 'asc' } });
    const knex = strapi.db.connection;
    const [history, messages] = await Promise.all([historyOf(knex, String(appeal.documentId)), messagesOf(knex, String(appeal.documentId))]);
    ctx.body = {
      data: {
        appeal: queued(appeal as unknown as QueueSource, moscowDate()),
        files,
        history,
        messages: messages.map((message) => ({
          event: message.event,
          recipient: message.recipient,
          subject: message.subject,
          createdAt: new Date(message.created_at).toISOString(),
          sentAt: message.sent_at ? new Date(message.sent_at).toISOString() : null,
          failedAt: message.failed_at ? new Date(message.failed_at).toISOString() : null,
          attempts: message.attempts,
          lastError: message.last_error,
        })),
      },
    };
  }

  async function act(ctx: Context) {
    const make = Object.prototype.hasOwnProperty.call(ACTIONS, ctx.params.action) ? ACTIONS[ctx.params.action] : undefined;
    if (!make) return ctx.notFound();
    const body = (ctx.request as unknown as { body?: unknown }).body;
    const data = make(typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {});
    const exists = await strapi.db.query(APPEAL_UID).findOne({ where: { documentId: ctx.params.documentId }, select: ['id'] });
    if (!exists) return ctx.notFound();
    try {
      await strapi.documents(APPEAL_UID).update({ documentId: ctx.params.documentId, data } as never);
    } catch (error) {
      if (error instanceof errors.ValidationError) {
        ctx.status = 400;
        ctx.body = { error: { message: error.message } };
        return;
      }
      throw error;
    }
    await one(ctx);
  }

  async function report(ctx: Context) {
    const query = ctx.query as Record<string, unknown>;
    const today = moscowDate();
    const to = typeof query.to === 'string' && MONTH.test(query.to) ? query.to : today.slice(0, 7);
    const from = typeof query.from === 'string' && MONTH.test(query.from) ? query.from : `${to.slice(0, 4)}-01`;
    if (from > to) {
      ctx.status = 400;
      ctx.body = { error: { message: 'Начало периода позже его конца.' } };
      return;
    }
    // Registered from the first day of `from` to the last of `to`, Moscow time (UTC+3).
    const start = new Date(`${from}-01T00:00:00+03:00`).toISOString();
    const [year, month] = to.split('-').map(Number) as [number, number];
    const end = new Date(`${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01T00:00:00+03:00`).toISOString();
    const sources = (await strapi.db.query(APPEAL_UID).findMany({
      where: { registeredAt: { $gte: start, $lt: end } },
      select: ['registeredAt', 'requestType', 'topic', 'channel', 'appealStatus', 'dueDate', 'extendedTo', 'answeredAt', 'closedAt'],
    })) as ReportSource[];
    const rows = buildReport(
      sources.map((source) => ({
        ...source,
        registeredAt: new Date(source.registeredAt).toISOString(),
        answeredAt: source.answeredAt && new Date(source.answeredAt).toISOString(),
        closedAt: source.closedAt && new Date(source.closedAt).toISOString(),
      })),
      today,
    );
    const name = `obrashcheniya-${from}-${to}`;
    if (query.format === 'csv') {
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="${name}.csv"`);
      ctx.body = reportCsv(rows);
      return;
    }
    if (query.format === 'xlsx') {
      ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      ctx.set('Content-Disposition', `attachment; filename="${name}.xlsx"`);
      ctx.body = await reportXlsx(rows);
      return;
    }
    ctx.body = { data: rows, meta: { from, to, today } };
  }

  const route = (method: 'GET' | 'POST', path: string, action: string, handler: (ctx: Context) => Promise<void>) => ({
    method,
    path,
    info: { type: 'admin' },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
    handler: guard(action, handler),
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '/appeals-desk',
    routes: [
      route('GET', '/appeals', READ, queue),
      route('GET', '/report', READ, report),
      route('GET', '/appeals/:documentId', READ, one),
      route('POST', '/appeals/:documentId/:action', UPDATE, act),
    ],
  });
}
