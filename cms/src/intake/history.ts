import type { Knex } from 'knex';
import { ensureTable } from './tables';

/**
 * Each appeal's history for the desk: who did what, and when — registered, taken into work, extended, answered,
 * closed, a note. Written in the transaction of the change it records, so the history never claims a change that
 * rolled back. Our own table, read only by the desk's admin routes.
 */
export const HISTORY_TABLE = 'tes_appeal_history';

export type HistoryAction = 'registered' | 'taken' | 'extended' | 'answered' | 'closed' | 'note';

export interface HistoryEntry {
  at: string;
  action: HistoryAction;
  /** The admin user's name, or null for the visitor (registration). */
  actor: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  /** What the change said: the reason of an extension, the answer's channel, the ground of closing. */
  detail: string | null;
}

export async function ensureHistoryTable(knex: Knex): Promise<void> {
  await ensureTable(knex, HISTORY_TABLE, (table) => {
    table.increments('id').primary();
    table.string('appeal_document_id', 64).notNullable().index();
    table.bigInteger('at').notNullable();
    table.string('action', 20).notNullable();
    table.integer('actor_id');
    table.string('actor', 200);
    table.string('from_status', 20);
    table.string('to_status', 20);
    table.text('detail');
  });
}

export async function recordHistory(
  trx: Knex.Transaction | Knex,
  appealDocumentId: string,
  entry: Omit<HistoryEntry, 'at'> & { actorId?: number | null },
  now = new Date(),
): Promise<void> {
  await trx(HISTORY_TABLE).insert({
    appeal_document_id: appealDocumentId,
    at: now.getTime(),
    action: entry.action,
    actor_id: entry.actorId ?? null,
    actor: entry.actor,
    from_status: entry.fromStatus,
    to_status: entry.toStatus,
    detail: entry.detail,
  });
}

export async function historyOf(knex: Knex, appealDocumentId: string): Promise<HistoryEntry[]> {
  const rows = (await knex(HISTORY_TABLE).where({ appeal_document_id: appealDocumentId }).orderBy('id')) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    at: new Date(Number(row.at)).toISOString(),
    action: row.action as HistoryAction,
    actor: (row.actor as string | null) ?? null,
    fromStatus: (row.from_status as string | null) ?? null,
    toStatus: (row.to_status as string | null) ?? null,
    detail: (row.detail as string | null) ?? null,
  }));
}
