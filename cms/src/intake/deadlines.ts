import { addDays, daysBetween, moscowDate } from '../shared/calendar';
import type { RequestType } from '../shared/contracts/appeal-status';
import { ANSWER_DAYS_BY_TYPE } from '../shared/contracts/answer-terms';

/**
 * Deadlines of clause 75: an answer within 30 calendar days of registration; one extension by 30 more days, with
 * notice to the customer. Dates are calendar dates in Moscow time (Europe/Moscow, the company's time zone), as
 * YYYY-MM-DD strings, so they compare as strings and mean the same day everywhere.
 */

export const ANSWER_DAYS = ANSWER_DAYS_BY_TYPE.appeal;
export const EXTENSION_DAYS = 30;
/** An open appeal this close to its deadline is "due soon" in the officers' list. */
export const DUE_SOON_DAYS = 5;

/** The day the answer is due: the type's days (30 for an appeal) after the day of registration. */
export function dueDateFor(registeredAt: Date, type: RequestType = 'appeal'): string {
  return addDays(moscowDate(registeredAt), ANSWER_DAYS_BY_TYPE[type]);
}

/** The due date after the one extension clause 75 allows. */
export function extendedDueDate(dueDate: string): string {
  return addDays(dueDate, EXTENSION_DAYS);
}

export type DeadlineState = 'on-time' | 'due-soon' | 'overdue' | 'done';
export const DEADLINE_STATES = ['on-time', 'due-soon', 'overdue', 'done'] as const;

/**
 * Where an appeal stands against its deadline on a given day: answered or closed appeals are done; an open one is
 * overdue after its (possibly extended) due date and due soon within DUE_SOON_DAYS of it.
 */
export function deadlineState(appeal: { status: string; dueDate: string; extendedTo?: string | null }, today: string): DeadlineState {
  if (appeal.status === 'answered' || appeal.status === 'closed-no-answer') return 'done';
  const left = daysBetween(today, appeal.extendedTo ?? appeal.dueDate);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'on-time';
}
