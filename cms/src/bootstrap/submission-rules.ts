import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import type { AppealStatus } from '../shared/contracts/appeal-status';
import { isIntake } from '../intake/context';
import { APPEAL_UID, READING_UID } from '../intake/register';
import { FILE_UID } from '../intake/files/store';
import { applyStatusRules, PROTECTED_FIELDS, type AppealProcessing } from '../intake/status-rules';
import { recordHistory } from '../intake/history';
import { satisfactionLink } from '../intake/feedback';
import { tell } from '../intake/outbox';
import type { NoticeEvent } from '../intake/outbox/store';
import type { RequestType } from '../shared/contracts/appeal-status';
import type { FormLocale } from '../shared/contracts/fields';

/**
 * Rules on appeals and readings that hold whoever saves — the admin, the API, a script — as a Document Service
 * middleware (registered in `register`):
 *   - they are created only by the intake (numbered, in its transaction); the admin's "create" and "duplicate" are refused;
 *   - what the visitor submitted is never rewritten; the server-set fields (number, dates, deadline marks) are
 *     the server's alone;
 *   - an appeal's status follows src/intake/status-rules.ts (one extension with notice, an answer with its channel…);
 *   - the access code's hash is removed from everything the Document Service returns.
 * Refusals are ValidationErrors: the admin shows their message to the officer.
 */
const APPEAL_SUBMITTED = [
  'requestType',
  'channel',
  'applicantType',
  'name',
  'accountNumber',
  'contractNumber',
  'replyChannel',
  'email',
  'phone',
  'postalAddress',
  'topic',
  'text',
  'language',
  'consentAt',
  // The typed requests' own fields (issue 12).
  'meterWork',
  'premisesAddress',
  'preferredFrom',
  'preferredTo',
  'accessNotes',
  'meterZones',
  'tariffVariant',
  'benefit',
  'contractAction',
  'taxId',
  'ownedSince',
  'transferReading',
];
const READING_SUBMITTED = ['number', 'submittedAt', 'accountNumber', 'meterZones', 'reading', 'readingDay', 'readingPeak', 'readingNight', 'readingSemiPeak', 'language'];

const same = (a: unknown, b: unknown) => {
  const norm = (value: unknown) => (value === undefined || value === null || value === '' ? '' : value instanceof Date ? value.toISOString() : String(value));
  const [left, right] = [norm(a), norm(b)];
  if (left === right) return true;
  const [timeA, timeB] = [Date.parse(left), Date.parse(right)];
  return /^\d{4}-\d{2}-\d{2}T/.test(left) && !Number.isNaN(timeA) && timeA === timeB;
};

/** The access code's hash never leaves the server, not even to the super admin (the lookup reads it directly). */
function withoutHash<T>(result: T): T {
  const scrub = (entry: unknown) => {
    if (entry && typeof entry === 'object') delete (entry as Record<string, unknown>).accessCodeHash;
  };
  if (Array.isArray(result)) result.forEach(scrub);
  else scrub(result);
  return result;
}

/** Drops unchanged copies of fields that cannot change; refuses a save that tries to change them. */
function keepSubmitted(data: Record<string, unknown>, previous: Record<string, unknown>, fields: string[]) {
  const changed = fields.filter((field) => field in data && !same(data[field], previous[field]));
  if (changed.length) throw new errors.ValidationError(`Данные, которые прислал заявитель, изменять нельзя (${changed.join(', ')}).`);
  for (const field of fields) delete data[field];
}

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

const dateOf = (value: unknown) => (value ? String(value).slice(0, 10) : null);

/** The processing fields of a stored appeal, as the status rules read them. */
const processingOf = (appeal: Record<string, unknown>): AppealProcessing => ({
  status: appeal.appealStatus as AppealStatus,
  dueDate: dateOf(appeal.dueDate)!,
  extendedTo: dateOf(appeal.extendedTo),
  extensionReason: appeal.extensionReason as string | null,
  extensionNotice: appeal.extensionNotice as string | null,
  email: appeal.email as string | null,
  answer: appeal.answer as string | null,
  answerChannel: appeal.answerChannel as string | null,
  closedReason: appeal.closedReason as string | null,
});

/** Each status an officer can move to, as the history and the visitor's notices name it. */
const EVENT_OF: Partial<Record<AppealStatus, Exclude<NoticeEvent, 'registered'>>> = {
  'in-progress': 'taken',
  extended: 'extended',
  answered: 'answered',
  'closed-no-answer': 'closed',
};

/** The admin user who saves, as the history names them (none for a script). */
function actorOf(): { actorId: number | null; actor: string | null } {
  const user = (strapi.requestContext.get() as { state?: { user?: { id: number; firstname?: string; lastname?: string; email?: string } } } | undefined)?.state?.user;
  if (!user) return { actorId: null, actor: null };
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `#${user.id}`;
  return { actorId: user.id, actor: name };
}

/**
 * A saved change's history entry and, for a new status, the visitor's notice (if they gave an e-mail address):
 * both in the save's transaction.
 */
async function recordChange(
  trx: Knex.Transaction,
  onCommit: (callback: () => void) => void,
  previous: Record<string, unknown>,
  before: AppealProcessing,
  after: AppealProcessing & { internalNote?: unknown },
  now: Date,
): Promise<void> {
  const documentId = String(previous.documentId);
  const event = after.status !== before.status ? EVENT_OF[after.status] : undefined;
  if (!event) {
    if (after.internalNote !== undefined && (after.internalNote ?? '') !== ((previous.internalNote as string | null) ?? '')) {
      await recordHistory(trx, documentId, { ...actorOf(), action: 'note', fromStatus: null, toStatus: null, detail: String(after.internalNote ?? '').slice(0, 500) }, now);
    }
    return;
  }
  const detail =
    event === 'extended' ? (after.extensionReason ?? null) : event === 'answered' ? `${after.answerChannel}` : event === 'closed' ? (after.closedReason ?? null) : null;
  await recordHistory(trx, documentId, { ...actorOf(), action: event, fromStatus: before.status, toStatus: after.status, detail }, now);
  const email = typeof previous.email === 'string' && previous.email ? previous.email : null;
  if (!email) return;
  await tell(trx, onCommit, event, documentId, email, {
    number: String(previous.number),
    requestType: ((previous.requestType as RequestType | null) ?? 'appeal') as RequestType,
    locale: previous.language as FormLocale,
    dueDate: after.extendedTo ?? before.dueDate,
    ...(after.extensionReason ? { extensionReason: after.extensionReason } : {}),
    ...(after.answer ? { answer: after.answer } : {}),
    ...(after.answerChannel ? { answerChannel: after.answerChannel } : {}),
    answeredAt: now.toISOString(),
    ...(after.closedReason ? { closedReason: after.closedReason } : {}),
    ...(event === 'answered' ? { satisfactionUrl: satisfactionLink(String(previous.number)) } : {}),
  });
}

export function registerSubmissionRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    // A file's record is the intake's alone: written with its submission, deleted with its file (files/store.ts).
    if (uid === FILE_UID && !READS.has(context.action) && !isIntake()) {
      throw new errors.ValidationError('Файлы обращений приходят только с формами на сайте и не изменяются.');
    }
    if (uid !== APPEAL_UID && uid !== READING_UID) return next();

    if ((context.action === 'create' || context.action === 'clone') && !isIntake()) {
      throw new errors.ValidationError('Обращения и показания регистрируются только через формы на сайте: так у каждого есть номер и код доступа.');
    }
    if (context.action !== 'update') return withoutHash(await next());

    const params = context.params as { documentId: string; data?: Record<string, unknown> };
    // One transaction for the rules' read, the write, its history and its message: the status a rule sees is the one
    // it changes (a concurrent save waits on the row's lock), and a message exists only for a change that committed.
    return strapi.db.transaction(async ({ trx, onCommit }) => {
      if (strapi.db.dialect.client === 'postgres')
        await trx.raw(`SELECT id FROM ${uid === APPEAL_UID ? 'appeals' : 'meter_readings'} WHERE document_id = ? FOR UPDATE`, [params.documentId]);
      const previous = (await strapi.db.query(uid).findOne({ where: { documentId: params.documentId } })) as Record<string, unknown> | null;
      if (!previous) return next();
      const data = { ...(params.data ?? {}) };
      for (const field of PROTECTED_FIELDS) delete data[field];
      if (uid === READING_UID) {
        keepSubmitted(data, previous, READING_SUBMITTED);
        params.data = data;
        return withoutHash(await next());
      }
      keepSubmitted(data, previous, APPEAL_SUBMITTED);
      const requested: Partial<AppealProcessing> & Record<string, unknown> = {};
      for (const field of ['extensionReason', 'extensionNotice', 'answer', 'answerChannel', 'closedReason', 'internalNote']) if (field in data) requested[field] = data[field];
      if ('appealStatus' in data) requested.status = data.appealStatus as AppealStatus;
      const before = processingOf(previous);
      const now = new Date();
      const result = applyStatusRules(before, requested, now);
      if (!result.ok) throw new errors.ValidationError(result.message);
      Object.assign(data, result.set);
      params.data = data;
      const saved = withoutHash(await next());
      await recordChange(trx, onCommit, previous, before, { ...before, ...requested, ...result.set }, now);
      return saved;
    });
  });
}
