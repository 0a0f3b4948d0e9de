import { moscowDate } from '../shared/calendar';
import { deadlineState, extendedDueDate, type DeadlineState } from './deadlines';
import type { AppealStatus } from '../shared/contracts/appeal-status';
import { STATUS_LABELS } from '../admin-ui/appeal-labels';

/**
 * What an officer may do with an appeal's status (clause 75, 77, 78), enforced on every save whatever the client:
 * the admin, the API, a script. Messages are for staff, in Russian like the admin.
 *
 *   registered → in-progress | extended | answered | closed-no-answer
 *   in-progress → extended | answered | closed-no-answer
 *   extended → answered | closed-no-answer            (once extended, it stays extended until it is closed)
 *   answered, closed-no-answer: final
 */
const NEXT: Record<AppealStatus, readonly AppealStatus[]> = {
  registered: ['in-progress', 'extended', 'answered', 'closed-no-answer'],
  'in-progress': ['extended', 'answered', 'closed-no-answer'],
  extended: ['answered', 'closed-no-answer'],
  answered: [],
  'closed-no-answer': [],
};

/** The processing fields of an appeal, as stored. */
export interface AppealProcessing {
  status: AppealStatus;
  dueDate: string;
  extendedTo?: string | null;
  /** Why the term is extended: told to the visitor in the notice. */
  extensionReason?: string | null;
  /** How a visitor without an e-mail address was told of the extension (by phone, by post). */
  extensionNotice?: string | null;
  /** The visitor's e-mail address, if they gave one: the notices go there. */
  email?: string | null;
  answer?: string | null;
  answerChannel?: string | null;
  closedReason?: string | null;
}

/** Fields that change only through these rules or never after registration. */
export const PROTECTED_FIELDS = ['number', 'registeredAt', 'dueDate', 'extendedTo', 'extensionNoticeAt', 'answeredAt', 'closedAt', 'deadlineState', 'accessCodeHash'] as const;

/** What a save may change once the appeal is final. */
const EDITABLE_WHEN_FINAL = ['internalNote'];

export type RuleResult =
  { ok: true; set: { extendedTo?: string; extensionNoticeAt?: string; answeredAt?: string; closedAt?: string; deadlineState: DeadlineState } } | { ok: false; message: string };

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

/**
 * Checks a save of `requested` (the fields being written) over `previous` (the stored appeal) at `now`, and
 * returns the fields the server sets itself, or why the save is refused.
 */
export function applyStatusRules(previous: AppealProcessing, requested: Partial<AppealProcessing> & Record<string, unknown>, now: Date): RuleResult {
  const next = { ...previous, ...Object.fromEntries(Object.entries(requested).filter(([, value]) => value !== undefined)) } as AppealProcessing;
  const final = NEXT[previous.status].length === 0;

  if (final) {
    const changed = Object.keys(requested).filter(
      (field) =>
        !EDITABLE_WHEN_FINAL.includes(field) && requested[field] !== undefined && (requested[field] ?? null) !== ((previous as unknown as Record<string, unknown>)[field] ?? null),
    );
    if (changed.length) return { ok: false, message: `Обращение уже в статусе «${STATUS_LABELS[previous.status]}»: его нельзя изменить (только служебную заметку).` };
  } else if (next.status !== previous.status && !NEXT[previous.status].includes(next.status)) {
    return { ok: false, message: `Нельзя перевести обращение из статуса «${STATUS_LABELS[previous.status]}» в «${STATUS_LABELS[next.status] ?? next.status}».` };
  }

  const set: Extract<RuleResult, { ok: true }>['set'] = { deadlineState: 'on-time' };
  const entering = (status: AppealStatus) => next.status === status && previous.status !== status;

  // The visitor was told why the term is extended: that reason stays as told.
  if (previous.extendedTo && requested.extensionReason !== undefined && (requested.extensionReason ?? '') !== (previous.extensionReason ?? '')) {
    return { ok: false, message: 'Срок уже продлён, и заявитель уведомлён о причине: по п. 75 стандарта срок продлевается только один раз, причину изменить нельзя.' };
  }
  if (entering('extended')) {
    if (previous.extendedTo) return { ok: false, message: 'Срок рассмотрения уже продлевался: по п. 75 стандарта его можно продлить только один раз.' };
    if (!filled(next.extensionReason)) return { ok: false, message: 'Чтобы продлить срок, напишите причину продления: её получит заявитель (п. 75 стандарта).' };
    set.extendedTo = extendedDueDate(previous.dueDate);
    // With an e-mail address the notice is the e-mail, and its send time is recorded when it goes (outbox/sender.ts).
    if (!filled(previous.email)) {
      if (!filled(next.extensionNotice)) {
        return {
          ok: false,
          message:
            'Заявитель не оставил электронной почты: сообщите о продлении по телефону или письмом и запишите в поле «Как уведомлён заявитель», как и когда (п. 75 стандарта).',
        };
      }
      set.extensionNoticeAt = now.toISOString();
    }
  }
  if (entering('answered')) {
    if (!filled(next.answer) || !filled(next.answerChannel)) {
      return { ok: false, message: 'Для статуса «Дан ответ» заполните текст ответа и канал, по которому он отправлен.' };
    }
    if (next.answerChannel === 'email' && !filled(previous.email)) {
      return { ok: false, message: 'Заявитель не оставил электронной почты: ответ нельзя отправить по ней. Выберите телефон или почту.' };
    }
    set.answeredAt = now.toISOString();
  }
  if (entering('closed-no-answer')) {
    if (!filled(next.closedReason)) return { ok: false, message: 'Чтобы закрыть обращение без ответа, выберите основание по п. 77 или 78 стандарта.' };
    set.closedAt = now.toISOString();
  }

  set.deadlineState = deadlineState({ status: next.status, dueDate: previous.dueDate, extendedTo: set.extendedTo ?? previous.extendedTo ?? null }, moscowDate(now));
  return { ok: true, set };
}
