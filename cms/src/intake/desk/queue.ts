import { deadlineState, type DeadlineState } from '../deadlines';

/**
 * The desk's queue order: overdue first, then due soon, then the rest by the day their term ends (the extended one
 * if extended), finished ones last; where each stands is worked out for `today` (Moscow), not read from the hourly
 * mark, so the desk is right the minute a term passes.
 */
export interface QueueSource {
  number: string;
  appealStatus: string;
  dueDate: string;
  extendedTo: string | null;
  requestType?: string | null;
  channel?: string | null;
}

const RANK: Record<DeadlineState, number> = { overdue: 0, 'due-soon': 1, 'on-time': 2, done: 3 };
const day = (value: unknown) => (value ? String(value).slice(0, 10) : null);

export function queued<T extends QueueSource>(row: T, today: string) {
  const due = day(row.extendedTo) ?? day(row.dueDate)!;
  return {
    ...row,
    requestType: row.requestType ?? 'appeal',
    channel: row.channel ?? 'site',
    due,
    deadline: deadlineState({ status: row.appealStatus, dueDate: day(row.dueDate)!, extendedTo: day(row.extendedTo) }, today),
  };
}

export const orderQueue = <T extends QueueSource>(rows: readonly T[], today: string) =>
  rows.map((row) => queued(row, today)).sort((a, b) => RANK[a.deadline] - RANK[b.deadline] || a.due.localeCompare(b.due) || a.number.localeCompare(b.number));
