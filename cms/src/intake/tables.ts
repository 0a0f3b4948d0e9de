import type { Knex } from 'knex';

/**
 * Creates one of the intake's own tables if it is missing. Two replicas starting at once both see it missing; the
 * second's CREATE then fails, and that is fine as long as the table exists afterwards.
 */
export async function ensureTable(knex: Knex, name: string, build: (table: Knex.CreateTableBuilder) => void): Promise<void> {
  if (await knex.schema.hasTable(name)) return;
  try {
    await knex.schema.createTable(name, build);
  } catch (error) {
    if (!(await knex.schema.hasTable(name))) throw error;
  }
}
