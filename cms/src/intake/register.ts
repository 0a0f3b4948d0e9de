import type { Core } from '@strapi/strapi';
import type { AppealInput } from '../shared/contracts/appeal';
import type { FormLocale } from '../shared/contracts/fields';
import { REQUESTS, type RequestKindType } from '../shared/contracts/requests';
import type { RequestType } from '../shared/contracts/appeal-status';
import type { StatusLookupInput, StatusView } from '../shared/contracts/appeal-status';
import type { ReadingInput } from '../shared/contracts/meter-reading';
import { hashAccessCode, newAccessCode, verifyAccessCode } from './access-code';
import { intakeConfig } from './config';
import { runAsIntake } from './context';
import { dueDateFor } from './deadlines';
import { FILE_UID, fileRecord, type KeptFile } from './files/store';
import { recordHistory } from './history';
import { tell } from './outbox';
import { nextNumber } from './sequence';

/**
 * Registration: one transaction takes the next number and writes the record, and returns only after the commit,
 * so every 2xx the intake sends stands for a stored record (and a failure stores nothing and uses no number).
 */

export const APPEAL_UID = 'api::appeal.appeal';
export const READING_UID = 'api::meter-reading.meter-reading';

export interface AppealReceipt {
  number: string;
  registeredAt: string;
  dueDate: string;
  accessCode: string;
}

export interface ReadingReceipt {
  number: string;
  submittedAt: string;
}

export async function registerAppeal(strapi: Core.Strapi, input: AppealInput, files: readonly KeptFile[] = []): Promise<AppealReceipt> {
  const { locale, website: _honeypot, consent: _consent, ...fields } = input;
  return registerRecord(strapi, locale, { ...fields, requestType: 'appeal' }, files);
}

/**
 * A typed request (contracts/requests.ts): an appeal of its own type, so it is numbered, looked up and handled
 * alike. Its record also says what the visitor is not asked: the topic, the channel of the answer, and the type's
 * fixed values (a citizens' type is an individual's), after the fields so a body cannot override them.
 */
export async function registerRequest(
  strapi: Core.Strapi,
  type: RequestKindType,
  input: { locale: FormLocale } & Record<string, unknown>,
  files: readonly KeptFile[] = [],
): Promise<AppealReceipt> {
  const { locale, website: _honeypot, consent: _consent, ...fields } = input;
  const { topic, replyChannel, fixed } = REQUESTS[type];
  return registerRecord(strapi, locale, { ...fields, ...fixed, requestType: type, topic, replyChannel }, files);
}

/** One transaction: the next number, the hashed code, the record and its files' records; returns after the commit. */
async function registerRecord(
  strapi: Core.Strapi,
  locale: FormLocale,
  data: Record<string, unknown> & { requestType: RequestType },
  files: readonly KeptFile[],
): Promise<AppealReceipt> {
  const accessCode = newAccessCode();
  const accessCodeHash = hashAccessCode(accessCode, intakeConfig().secret);
  return runAsIntake(() =>
    strapi.db.transaction(async ({ trx, onCommit }) => {
      const now = new Date();
      const number = await nextNumber(trx, 'appeal', now);
      const dueDate = dueDateFor(now, data.requestType);
      const appeal = await strapi.documents(APPEAL_UID).create({
        data: {
          ...data,
          number,
          registeredAt: now.toISOString(),
          dueDate,
          appealStatus: 'registered',
          deadlineState: 'on-time',
          language: locale,
          consentAt: now.toISOString(),
          accessCodeHash,
        },
      } as never);
      for (const file of files) await strapi.documents(FILE_UID).create({ data: fileRecord(file, appeal.documentId, now) } as never);
      await recordHistory(trx, appeal.documentId, { action: 'registered', actor: null, fromStatus: null, toStatus: 'registered', detail: String(data.channel ?? 'site') }, now);
      // The confirmation is written with the record and sent after the commit: a registered appeal always gets it.
      if (typeof data.email === 'string' && data.email) {
        await tell(trx, onCommit, 'registered', appeal.documentId, data.email, {
          number,
          requestType: data.requestType,
          locale,
          registeredAt: now.toISOString(),
          dueDate,
          accessCode,
        });
      }
      return { number, registeredAt: now.toISOString(), dueDate, accessCode };
    }),
  );
}

export async function registerReading(strapi: Core.Strapi, input: ReadingInput): Promise<ReadingReceipt> {
  const { locale, website: _honeypot, ...fields } = input;
  return runAsIntake(() =>
    strapi.db.transaction(async ({ trx }) => {
      const now = new Date();
      const number = await nextNumber(trx, 'reading', now);
      await strapi.documents(READING_UID).create({
        data: { ...fields, number, submittedAt: now.toISOString(), language: locale, processed: false },
      });
      return { number, submittedAt: now.toISOString() };
    }),
  );
}

/** Precomputed so a lookup of an unknown number costs the same as a wrong code (no timing hint). */
let decoyHash: string | undefined;

/** The status of the appeal with this number, if the code is right; null otherwise (unknown number or wrong code). */
export async function lookUpStatus(strapi: Core.Strapi, input: StatusLookupInput): Promise<StatusView | null> {
  const { secret } = intakeConfig();
  const appeal = (await strapi.db.query(APPEAL_UID).findOne({
    where: { number: input.number },
    select: ['number', 'requestType', 'appealStatus', 'dueDate', 'extendedTo', 'accessCodeHash'],
  })) as { number: string; requestType: RequestType | null; appealStatus: StatusView['status']; dueDate: string; extendedTo: string | null; accessCodeHash: string } | null;
  decoyHash ??= hashAccessCode('decoy', secret);
  const matches = verifyAccessCode(input.code, appeal?.accessCodeHash ?? decoyHash, secret);
  if (!appeal || !matches) return null;
  return {
    number: appeal.number,
    // Appeals registered before typed requests existed have no type: they are appeals.
    type: appeal.requestType ?? 'appeal',
    status: appeal.appealStatus,
    ...(appeal.appealStatus === 'extended' && appeal.extendedTo ? { extendedTo: String(appeal.extendedTo).slice(0, 10) } : {}),
    // While an answer is awaited within the first term, its day (an extended one says its new day in the status).
    ...(appeal.appealStatus === 'registered' || appeal.appealStatus === 'in-progress' ? { dueDate: String(appeal.dueDate).slice(0, 10) } : {}),
  };
}
