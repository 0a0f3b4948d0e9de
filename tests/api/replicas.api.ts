import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsInstance, startCms } from '../../scripts/lib/cms.ts';
import { CMS_DIR, ROOT } from '../../scripts/lib/paths.ts';
import { dropPostgresDatabase, freshPostgresDatabase } from '../../scripts/lib/postgres.ts';
import { stopGroup } from '../../scripts/lib/processes.ts';
import { startNginx } from '../helpers/nginx.ts';
import { nextIp, validAppeal, validReading } from '../helpers/intake.ts';
import { stack, TEST_CMS_PORT, TEST_RUN_DIR } from '../helpers/stack.ts';

/**
 * Two Strapi replicas on one PostgreSQL behind the production nginx (issue 17): the limits hold when requests
 * alternate between them; and when one is killed (-9) in the middle of
 * 2,000 submissions, nginx sends the rest to the other and every acknowledged submission is stored exactly once;
 * each submission is a log line without personal data, and counted in the metrics. Writes reports/failover.json.
 */
const PORTS = [TEST_CMS_PORT + 20, TEST_CMS_PORT + 21] as const;
const METRICS_PORTS = [TEST_CMS_PORT + 30, TEST_CMS_PORT + 31] as const;
const NGINX_PORT = Number(process.env.TEST_NGINX_PORT ?? 4380) + 1;
const DB = `tes_test_replicas_${TEST_CMS_PORT}`;
const SUBMISSIONS = 2000;
/** A query on the replicas' database, with the CMS's own knex (the root has no copy). */
interface Db {
  (table: string): { select(column: string): Promise<Array<Record<string, string>>> };
  destroy(): Promise<void>;
}
const knexFor = (connection: string) => (createRequire(path.join(CMS_DIR, 'package.json'))('knex') as (config: object) => Db)({ client: 'pg', connection });

test.describe.configure({ mode: 'serial', timeout: 600_000 });

let databaseUrl: string;
let dataDir: string;
const children: Array<ChildProcess | null> = [null, null];
let nginx: Awaited<ReturnType<typeof startNginx>>;
const replicaUrl = (index: 0 | 1) => `http://127.0.0.1:${PORTS[index]}`;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  databaseUrl = freshPostgresDatabase(DB);
  // One data folder for both: the media library and the appeals' documents are on storage they share.
  dataDir = path.join(TEST_RUN_DIR, 'replicas', 'cms');
  const env = {
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '10',
    TRUST_PROXY: 'true',
    INTAKE_RATE_LIMITS: 'appeals=5/600,readings=100000/600,wrongCodes=4/900,wrongCodesPerNumber=100/86400',
  };
  // The first creates the schema; the second starts on it (as tes-strapi@2 after tes-strapi@1).
  for (const index of [0, 1] as const) {
    const instance = cmsInstance({ dataDir, port: PORTS[index], env: { ...env, INTAKE_REPLICA: String(index + 1), METRICS_PORT: String(METRICS_PORTS[index]) } });
    children[index] = await startCms(instance, { quiet: true });
  }
  nginx = await startNginx({
    dir: path.join(TEST_RUN_DIR, 'replicas', 'nginx'),
    port: NGINX_PORT,
    siteDir: stack().distDir,
    upstreams: PORTS.map((port) => `127.0.0.1:${port}`),
    // One test client sends 2,000 posts: nginx's per-address limit would stop it; Strapi's own limits are the test here.
    intakeRate: '100000r/s',
  });
});

test.afterAll(async () => {
  await nginx?.stop();
  for (const child of children) if (child) await stopGroup(child).catch(() => undefined);
  dropPostgresDatabase(DB);
});

const postJson = (url: string, body: unknown, ip: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify(body) });

test('a visitor’s limits hold across the replicas: posts and wrong codes alternating between them count together', async () => {
  const ip = nextIp();
  const statuses: number[] = [];
  for (let index = 0; index < 6; index += 1) statuses.push((await postJson(`${replicaUrl((index % 2) as 0 | 1)}/api/intake/appeals`, validAppeal(), ip)).status);
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);

  const registered = (await (await postJson(`${replicaUrl(0)}/api/intake/appeals`, validAppeal(), nextIp())).json()) as { data: { number: string; accessCode: string } };
  const guesser = nextIp();
  const lookups: number[] = [];
  for (let index = 0; index < 5; index += 1)
    lookups.push(
      (await postJson(`${replicaUrl((index % 2) as 0 | 1)}/api/intake/appeal-status`, { locale: 'ru', number: registered.data.number, code: 'AAAA-AAAA' }, guesser)).status,
    );
  expect(lookups).toEqual([404, 404, 404, 404, 429]);
  // Over the limit, even the right code waits — on either replica.
  const right = await postJson(`${replicaUrl(1)}/api/intake/appeal-status`, { locale: 'ru', number: registered.data.number, code: registered.data.accessCode }, guesser);
  expect(right.status).toBe(429);
});

test(`kill -9 of a replica during ${SUBMISSIONS} submissions: nginx sends the rest to the other, every acknowledged one is stored exactly once`, async () => {
  const acknowledged: string[] = [];
  const refused: Record<string, number> = {};
  let next = 0;
  let killedAt: number | null = null;
  const worker = async () => {
    while (next < SUBMISSIONS) {
      next += 1;
      try {
        const response = await postJson(`${nginx.url}/api/intake/readings`, validReading(), '127.0.0.1');
        if (response.ok) acknowledged.push(((await response.json()) as { data: { number: string } }).data.number);
        else refused[response.status] = (refused[response.status] ?? 0) + 1;
      } catch {
        refused.network = (refused.network ?? 0) + 1;
      }
      if (killedAt === null && acknowledged.length >= SUBMISSIONS / 4) {
        killedAt = acknowledged.length;
        process.kill(-children[0]!.pid!, 'SIGKILL');
        children[0] = null;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));

  const db = knexFor(databaseUrl);
  try {
    const rows = await db('meter_readings').select('number');
    const stored = new Map<string, number>();
    for (const row of rows) stored.set(row.number!, (stored.get(row.number!) ?? 0) + 1);
    const missing = acknowledged.filter((number) => !stored.has(number));
    const twice = [...stored].filter(([, count]) => count > 1);
    const report = {
      submissions: SUBMISSIONS,
      killedAfterAcknowledged: killedAt,
      acknowledged: acknowledged.length,
      refused,
      stored: rows.length,
      missing: missing.length,
      storedTwice: twice.length,
    };
    mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
    writeFileSync(path.join(ROOT, 'reports', 'failover.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Failover: ${JSON.stringify(report)}`);
    expect(killedAt).not.toBeNull();
    expect(missing).toEqual([]);
    expect(twice).toEqual([]);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    // Nearly all went through: only those in flight on the killed replica can fail.
    expect(acknowledged.length).toBeGreaterThan(SUBMISSIONS - 50);
  } finally {
    await db.destroy();
  }
});

test('each submission is one JSON log line without personal data, and counted in Prometheus metrics that nginx does not publish', async () => {
  // Both replicas write to the one log of this test's data folder (cmsInstance's quiet mode).
  const lines = readFileSync(path.join(dataDir, 'strapi.log'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes('"intake.submission"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.length).toBeGreaterThan(SUBMISSIONS - 50);
  expect(new Set(lines.map((line) => Object.keys(line).sort().join(',')))).toEqual(new Set(['event,kind,ms,number,outcome,replica,status,time']));
  expect(lines.some((line) => line.kind === 'appeals' && line.outcome === 'limited' && line.status === 429)).toBe(true);
  expect(lines.filter((line) => line.kind === 'readings' && line.outcome === 'accepted' && /^\d{4}-R\d{6}$/.test(String(line.number))).length).toBeGreaterThan(1000);
  const everything = lines.map((line) => JSON.stringify(line)).join('\n');
  for (const personal of [validAppeal().name, validAppeal().phone, validAppeal().text, validReading().accountNumber]) expect(everything).not.toContain(String(personal));

  const metrics = await (await fetch(`http://127.0.0.1:${METRICS_PORTS[1]}/metrics`)).text();
  const accepted = Number(/tes_intake_submissions_total\{kind="readings",outcome="accepted"\} (\d+)/.exec(metrics)?.[1] ?? 0);
  expect(accepted).toBeGreaterThan(SUBMISSIONS / 2);
  expect(metrics).toMatch(/tes_intake_duration_seconds_bucket\{le="0.5",kind="readings"\} \d+/);
  expect((await fetch(`${nginx.url}/metrics`)).status).toBe(404);
});
