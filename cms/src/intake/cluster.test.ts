import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimRun, ensureJobRunsTable, onceInCluster } from './cluster';

describe('jobs once in the cluster', () => {
  let knex: Knex;
  beforeAll(async () => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await ensureJobRunsTable(knex);
    await ensureJobRunsTable(knex); // a second replica starting: nothing to do, no error
  });
  afterAll(() => knex.destroy());

  it('lets one of the replicas firing in the same slot run the job, and the next slot run it again', async () => {
    const hour = 3_600_000;
    const ran: string[] = [];
    const fire = (replica: string, at: number) => onceInCluster(knex, 'refreshDeadlines', hour, async () => ran.push(replica), at);
    expect(await Promise.all([fire('a', 10 * hour + 5), fire('b', 10 * hour + 40)])).toEqual([true, false]);
    expect(await fire('b', 11 * hour + 1)).toBe(true);
    expect(ran).toEqual(['a', 'b']);
    // Another job's slot is its own.
    expect(await claimRun(knex, 'sweepAttachments', hour, 10 * hour)).toBe(true);
  });
});
