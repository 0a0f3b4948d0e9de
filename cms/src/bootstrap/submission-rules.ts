import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AppealStatus } from '../shared/contracts/appeal-status';
import { isIntake } from '../intake/context';
import { APPEAL_UID, READING_UID } from '../intake/register';
import { FILE_UID } from '../intake/files/store';
import { applyStatusRules, PROTECTED_FIELDS, type AppealProcessing } from '../intake/status-rules';

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
    const data = { ...(params.data ?? {}) };
    const previous = (await strapi.db.query(uid).findOne({ where: { documentId: params.documentId } })) as Record<string, unknown> | null;
    if (!previous) return next();

    for (const field of PROTECTED_FIELDS) delete data[field];
    if (uid === READING_UID) {
      keepSubmitted(data, previous, READING_SUBMITTED);
    } else {
      keepSubmitted(data, previous, APPEAL_SUBMITTED);
      const requested: Partial<AppealProcessing> & Record<string, unknown> = {};
      for (const field of ['extensionNotice', 'answer', 'answerChannel', 'closedReason', 'internalNote']) if (field in data) requested[field] = data[field];
      if ('appealStatus' in data) requested.status = data.appealStatus as AppealStatus;
      const result = applyStatusRules(
        {
          status: previous.appealStatus as AppealStatus,
          dueDate: String(previous.dueDate).slice(0, 10),
          extendedTo: previous.extendedTo ? String(previous.extendedTo).slice(0, 10) : null,
          extensionNotice: previous.extensionNotice as string | null,
          answer: previous.answer as string | null,
          answerChannel: previous.answerChannel as string | null,
          closedReason: previous.closedReason as string | null,
        },
        requested,
        new Date(),
      );
      if (!result.ok) throw new errors.ValidationError(result.message);
      Object.assign(data, result.set);
    }
    params.data = data;
    return withoutHash(await next());
  });
}
