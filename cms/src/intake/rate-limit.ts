import type { Knex } from 'knex';
import type { RateLimit } from './config';
import { ensureTable } from './tables';

/**
 * Counters per key (an address, an appeal number) and rule, in the database every replica shares, so a limit holds
 * across replicas (issue 17): a visitor who alternates between them counts once. A window opens at a key's first hit
 * and lasts the rule's seconds. Each hit is one atomic upsert — the row's lock (PostgreSQL) or the single writer
 * (SQLite) orders concurrent ones — so two replicas never both let the last allowed post and one more through.
 */
export const RATE_LIMIT_TABLE = 'tes_rate_limits';

export async function ensureRateLimitTable(knex: Knex): Promise<void> {
  await ensureTable(knex, RATE_LIMIT_TABLE, (table) => {
    table.string('rule', 40).notNullable();
    table.string('subject', 200).notNullable();
    table.integer('hits').notNullable();
    // Milliseconds since the epoch, as the intake's other tables keep time.
    table.bigInteger('reset_at').notNullable().index();
    table.primary(['rule', 'subject']);
  });
}

type Row = { hits: number | string; reset_at: number | string };
/** knex.raw's rows: PostgreSQL wraps them in `rows`, better-sqlite3 returns them as they are. */
const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? [])) as Row[];

export class RateLimiter {
  constructor(
    private readonly knex: Knex,
    private readonly rule: string,
    private readonly limit: RateLimit,
  ) {}

  /** Counts a hit; returns the seconds to wait when the key is over its limit, or 0. */
  async hit(subject: string, now = Date.now()): Promise<number> {
    const resetAt = now + this.limit.windowSeconds * 1000;
    const [row] = rowsOf(
      await this.knex.raw(
        `INSERT INTO ${RATE_LIMIT_TABLE} (rule, subject, hits, reset_at) VALUES (?, ?, 1, ?)
         ON CONFLICT (rule, subject) DO UPDATE SET
           hits = CASE WHEN ${RATE_LIMIT_TABLE}.reset_at <= ? THEN 1 ELSE ${RATE_LIMIT_TABLE}.hits + 1 END,
           reset_at = CASE WHEN ${RATE_LIMIT_TABLE}.reset_at <= ? THEN excluded.reset_at ELSE ${RATE_LIMIT_TABLE}.reset_at END
         RETURNING hits, reset_at`,
        [this.rule, subject, resetAt, now, now],
      ),
    );
    return Number(row!.hits) > this.limit.max ? Math.ceil((Number(row!.reset_at) - now) / 1000) : 0;
  }

  /** The seconds to wait if the key is already at its limit, without counting. */
  async blocked(subject: string, now = Date.now()): Promise<number> {
    const row = (await this.knex(RATE_LIMIT_TABLE).where({ rule: this.rule, subject }).first('hits', 'reset_at')) as Row | undefined;
    if (!row || Number(row.reset_at) <= now) return 0;
    return Number(row.hits) >= this.limit.max ? Math.ceil((Number(row.reset_at) - now) / 1000) : 0;
  }
}

/** Forgets the windows that have closed (the hourly sweep): the table holds only what still limits someone. */
export async function sweepRateLimits(knex: Knex, now = Date.now()): Promise<number> {
  return knex(RATE_LIMIT_TABLE).where('reset_at', '<=', now).delete();
}
