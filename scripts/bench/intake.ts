/**
 * `npm run bench:intake` — how many appeals per second the intake registers, and how long each takes, on SQLite
 * and on PostgreSQL, on this machine. A benchmark, not a test: it reports figures and asserts nothing about time.
 *
 * For each database: a throwaway Strapi (scripts/lib/throwaway-stack.ts; PostgreSQL via scripts/lib/postgres.ts),
 * a warm-up, then BENCH_ROUNDS rounds (default 3) of BENCH_APPEALS valid appeals (default 1000) sent by
 * BENCH_CONCURRENCY clients at once (default 16), each request from its own address so the per-address rate
 * limit does not apply. Sustained rate = appeals registered ÷ wall time of the round; latency = each request's
 * time to its 201 (the record committed). Medians over the rounds. The client runs on the same 2 cores as Strapi.
 * The same for an appeal with a 2 MB PDF attached (BENCH_UPLOADS per round, default 200: a multipart post, streamed
 * to the private store, checked, kept), beside the plain appeal; and Strapi's peak memory (VmHWM, reset first)
 * while BENCH_BURST uploads of 10 MB (default 20) arrive at once — it must not hold them in memory.
 * BENCH_CMS_PORT (default 1340) chooses the port. Writes reports/bench-intake.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../lib/paths.ts';
import { startThrowawayCms } from '../lib/throwaway-stack.ts';
import { formFields, multipart, pdfOfSize } from '../../tests/helpers/files.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const APPEALS = Number(process.env.BENCH_APPEALS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PORT = Number(process.env.BENCH_CMS_PORT ?? 1340);
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 20);

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

/** A request body: the plain appeal as JSON, or the same appeal as the form posts it with a document. */
interface Body {
  contentType: string;
  body: (index: number) => string | Uint8Array<ArrayBuffer>;
}
const plain: Body = { contentType: 'application/json', body: appeal };
const withDocument = (bytes: number): Body => {
  const { body, contentType } = multipart(formFields(JSON.parse(appeal(0)) as Record<string, unknown>), [{ name: 'скан.pdf', data: pdfOfSize(bytes) }]);
  return { contentType, body: () => new Uint8Array(body) };
};

async function send(url: string, index: number, kind: Body = plain): Promise<{ ms: number; ok: boolean; number?: string }> {
  address += 1;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': kind.contentType, accept: 'application/json', 'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` },
    body: kind.body(index),
  });
  const body = (await response.json()) as { data?: { number: string } };
  return { ms: performance.now() - started, ok: response.status === 201, ...(body.data ? { number: body.data.number } : {}) };
}

async function round(url: string, count: number, kind: Body = plain, concurrency = CONCURRENCY) {
  const latencies: number[] = [];
  const numbers = new Set<string>();
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const result = await send(url, next++, kind);
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

/** Peak resident memory of a process since the last reset, in MB (Linux: VmHWM; "5" to clear_refs resets it). */
const peakMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const residentMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const summarise = (rounds: Array<Awaited<ReturnType<typeof round>>>) => ({
  perSecond: Math.round(median(rounds.map((item) => item.perSecond))),
  p50Ms: Number(median(rounds.map((item) => item.p50)).toFixed(1)),
  p99Ms: Number(median(rounds.map((item) => item.p99)).toFixed(1)),
  failed: rounds.reduce((sum, item) => sum + item.failed, 0),
});

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
    const document = withDocument(2 * 1024 * 1024);
    await round(url, 20, document);
    const uploadRounds = [];
    for (let index = 1; index <= ROUNDS; index += 1) {
      const measured = await round(url, UPLOADS, document);
      uploadRounds.push(measured);
      console.log(
        `  with a 2 MB PDF, round ${index}/${ROUNDS}: ${measured.perSecond.toFixed(1)} appeals/s, p50 ${measured.p50.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms, failed ${measured.failed}`,
      );
    }
    // BURST uploads of 10 MB at once: the peak memory they cost Strapi, against what they weigh together.
    const before = residentMb(cms.pid);
    writeFileSync(`/proc/${cms.pid}/clear_refs`, '5');
    const burst = await round(url, BURST, withDocument(10 * 1024 * 1024 - 4096), BURST);
    const peak = peakMb(cms.pid);
    console.log(`  ${BURST} × 10 MB at once: resident ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during (${BURST * 10} MB uploaded), failed ${burst.failed}`);
    const { perSecond, ...plainSummary } = summarise(rounds);
    results[database] = {
      appealsPerSecond: perSecond,
      ...plainSummary,
      withDocument2Mb: summarise(uploadRounds),
      burst: { uploads: BURST, uploadedMb: BURST * 10, residentBeforeMb: Math.round(before), peakDuringMb: Math.round(peak), failed: burst.failed },
      rounds,
      uploadRounds,
    };
  } finally {
    await cms.stop();
  }
}

const report = { machine: { cores: os.cpus().length, node: process.version }, appealsPerRound: APPEALS, rounds: ROUNDS, concurrency: CONCURRENCY, results };
mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
writeFileSync(path.join(ROOT, 'reports', 'bench-intake.json'), JSON.stringify(report, null, 2));
type Summary = { appealsPerSecond?: number; perSecond?: number; p50Ms: number; p99Ms: number; failed: number };
const rows: Record<string, object> = {};
for (const [database, value] of Object.entries(results) as Array<[string, Summary & { withDocument2Mb: Summary; burst: Record<string, number> }]>) {
  rows[`${database}: appeal`] = { perSecond: value.appealsPerSecond, p50Ms: value.p50Ms, p99Ms: value.p99Ms, failed: value.failed };
  rows[`${database}: + 2 MB PDF`] = {
    perSecond: value.withDocument2Mb.perSecond,
    p50Ms: value.withDocument2Mb.p50Ms,
    p99Ms: value.withDocument2Mb.p99Ms,
    failed: value.withDocument2Mb.failed,
  };
  rows[`${database}: ${value.burst.uploads} × 10 MB`] = {
    residentBeforeMb: value.burst.residentBeforeMb,
    peakDuringMb: value.burst.peakDuringMb,
    uploadedMb: value.burst.uploadedMb,
  };
}
console.table(rows);
console.log('Written to reports/bench-intake.json');
