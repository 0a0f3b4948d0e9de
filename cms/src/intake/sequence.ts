import type { Knex } from 'knex';
import { moscowDate } from '../shared/calendar';
import { ensureTable } from './tables';

/**
 * Registration numbers: "2026-000123" (appeals), "2026-R000045" (readings) — sequential per year, never reused,
 * never two alike, however many submissions arrive at once, on SQLite and PostgreSQL alike.
 *
 * One counter row per kind and year, incremented inside the transaction that creates the record: the UPDATE takes
 * the row's write lock (PostgreSQL) or the database's single writer (SQLite), so concurrent transactions queue on
 * it, and a rolled-back submission gives its number back with its record. The table is ours, not a content type:
 * Strapi leaves tables it did not create alone (schema sync ignores them).
 */
export const SEQUENCE_TABLE = 'tes_intake_sequences';

export type SequenceKind = 'appeal' | 'reading';

export async function ensureSequenceTable(knex: Knex): Promise<void> {
  await ensureTable(knex, SEQUENCE_TABLE, (table) => {
    table.string('name', 64).primary();
    table.integer('value').notNullable();
  });
}

/** The next number of `kind` for the Moscow year of `now`, taken within `trx`. */
export async function nextNumber(trx: Knex.Transaction, kind: SequenceKind, now: Date): Promise<string> {
  const year = moscowDate(now).slice(0, 4);
  const name = `${kind}-${year}`;
  await trx(SEQUENCE_TABLE).insert({ name, value: 0 }).onConflict('name').ignore();
  await trx(SEQUENCE_TABLE).where({ name }).increment('value', 1);
  const row = (await trx(SEQUENCE_TABLE).where({ name }).first('value')) as { value: number | string };
  const value = String(Number(row.value)).padStart(6, '0');
  return kind === 'appeal' ? `${year}-${value}` : `${year}-R${value}`;
}
