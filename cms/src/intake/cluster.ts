import type { Knex } from 'knex';
import { hostname } from 'node:os';
import { ensureTable } from './tables';

/**
 * Scheduled jobs run once in the cluster, not once per replica (issue 17). Every replica's cron fires; each asks the
 * shared database to record the job's run for this time slot, and only the one whose record goes in runs it — the
 * same on SQLite (one process) and PostgreSQL (replicas). No lock is held while the job runs, so a replica that dies
 * mid-job blocks nothing: the next slot runs again (each job is written to be repeated safely).
 */
export const JOB_RUNS_TABLE = 'tes_job_runs';
/** Runs are kept a week: who ran what, when — enough to see that each slot ran once. */
const KEEP_MS = 7 * 24 * 3_600_000;

export async function ensureJobRunsTable(knex: Knex): Promise<void> {
  await ensureTable(knex, JOB_RUNS_TABLE, (table) => {
    table.string('job', 60).notNullable();
    table.bigInteger('slot').notNullable();
    table.bigInteger('started_at').notNullable().index();
    table.string('runner', 120).notNullable();
    table.primary(['job', 'slot']);
  });
}

/** Who runs: the host and the process, as the job runs table records it. */
export const RUNNER = `${hostname()}:${process.pid}`;

/**
 * Claims `job`'s run for the slot of `now` (slots of `slotMs`, counted from the epoch); true when this replica got
 * it and should run the job.
 */
export async function claimRun(knex: Knex, job: string, slotMs: number, now = Date.now()): Promise<boolean> {
  const result = await knex.raw(`INSERT INTO ${JOB_RUNS_TABLE} (job, slot, started_at, runner) VALUES (?, ?, ?, ?) ON CONFLICT (job, slot) DO NOTHING RETURNING job`, [
    job,
    Math.floor(now / slotMs),
    now,
    RUNNER,
  ]);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return rows.length === 1;
}

/** Runs `task` if this replica claims the slot; returns whether it ran. Old runs are forgotten on the way. */
export async function onceInCluster(knex: Knex, job: string, slotMs: number, task: () => Promise<unknown>, now = Date.now()): Promise<boolean> {
  if (!(await claimRun(knex, job, slotMs, now))) return false;
  await knex(JOB_RUNS_TABLE)
    .where('started_at', '<', now - KEEP_MS)
    .delete();
  await task();
  return true;
}
