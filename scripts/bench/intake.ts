/**
 * `npm run bench:intake` — how many appeals per second the intake registers, and how long each takes, on SQLite
 * and on PostgreSQL, on this machine. A benchmark, not a test: it reports figures and asserts nothing about time.
 *
 * For each database: a throwaway Strapi (scripts/lib/throwaway-stack.ts; PostgreSQL via scripts/lib/postgres.ts),
 * a warm-up, then BENCH_ROUNDS rounds (default 3) of BENCH_APPEALS valid appeals (default 1000) sent by
 * BENCH_CONCURRENCY clients at once (default 16), each request from its own address so the per-address rate
 * limit does not apply. Sustained rate = appeals registered ÷ wall time of the round; latency = each request's
 * time to its 201 (the record committed). Medians over the rounds. The client runs on the same 2 cores as Strapi.
 * BENCH_CMS_PORT (default 1340) chooses the port. Writes reports/bench-intake.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';
import { startThrowawayCms } from '../lib/throwaway-stack.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const APPEALS = Number(process.env.BENCH_APPEALS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PORT = Number(process.env.BENCH_CMS_PORT ?? 1340);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

let address = 0;
const appeal = (index: number) =>
  JSON.stringify({
    locale: index % 2 ? 'tt' : 'ru',
    applicantType: 'individual',
    name: index % 2 ? 'Гыйззәтуллина Гөлнур' : 'Иванова Мария Петровна',
    accountNumber: String(1_000_000_000 + index),
    replyChannel: 'phone',
    phone: '8 917 123-45-67',
    topic: 'billing',
    text: 'Прошу пересчитать начисления за октябрь: показания были переданы вовремя, а счёт выставлен по нормативу.',
    consent: true,
  });

async function send(url: string, index: number): Promise<{ ms: number; ok: boolean; number?: string }> {
  address += 1;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` },
    body: appeal(index),
  });
  const body = (await response.json()) as { data?: { number: string } };
  return { ms: performance.now() - started, ok: response.status === 201, ...(body.data ? { number: body.data.number } : {}) };
}

async function round(url: string, count: number) {
  const latencies: number[] = [];
  const numbers = new Set<string>();
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const result = await send(url, next++);
        latencies.push(result.ms);
        if (result.ok && result.number) numbers.add(result.number);
        else failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: numbers.size / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failed, distinctNumbers: numbers.size };
}

const results: Record<string, object> = {};
for (const database of ['sqlite', 'postgres'] as const) {
  console.log(`› ${database}: starting a throwaway Strapi…`);
  const cms = await startThrowawayCms(path.join(ROOT, 'tests', '.tmp', `bench-intake-${database}`), PORT, { database, seed: false });
  try {
    const url = `${cms.instance.url}/api/intake/appeals`;
    await round(url, 100); // warm-up: JIT, connection pools, the year's sequence row
    const rounds = [];
    for (let index = 1; index <= ROUNDS; index += 1) {
      const measured = await round(url, APPEALS);
      rounds.push(measured);
      console.log(
        `  round ${index}/${ROUNDS}: ${measured.perSecond.toFixed(0)} appeals/s, p50 ${measured.p50.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms, failed ${measured.failed}`,
      );
    }
    results[database] = {
      appealsPerSecond: Math.round(median(rounds.map((item) => item.perSecond))),
      p50Ms: Number(median(rounds.map((item) => item.p50)).toFixed(1)),
      p99Ms: Number(median(rounds.map((item) => item.p99)).toFixed(1)),
      failed: rounds.reduce((sum, item) => sum + item.failed, 0),
      rounds,
    };
  } finally {
    await cms.stop();
  }
}

const report = { machine: { cores: os.cpus().length, node: process.version }, appealsPerRound: APPEALS, rounds: ROUNDS, concurrency: CONCURRENCY, results };
mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
writeFileSync(path.join(ROOT, 'reports', 'bench-intake.json'), JSON.stringify(report, null, 2));
console.table(
  Object.fromEntries(
    Object.entries(results).map(([database, value]) => {
      const { rounds: _rounds, ...summary } = value as Record<string, unknown>;
      return [database, summary];
    }),
  ),
);
console.log('Written to reports/bench-intake.json');
