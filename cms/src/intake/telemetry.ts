import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { intakeConfig } from './config';

/**
 * What operators see of the intake (issue 17): one JSON line on standard output per submission and per refusal —
 * what kind, the outcome, the status, the registration number if one was given, how long it took, which replica —
 * and never a name, an address, a phone number, an e-mail or a text: nothing a visitor wrote. And Prometheus
 * metrics (prom-client) on METRICS_PORT, bound to 127.0.0.1, a port nginx does not publish.
 */
export type Outcome = 'accepted' | 'refused' | 'limited' | 'error';

export interface SubmissionEvent {
  /** The endpoint's kind: appeal, reading, request:meter-work, status, page-feedback, subscription, satisfaction… */
  kind: string;
  status: number;
  number?: string | null | undefined;
  ms: number;
}

export const outcomeOf = (status: number): Outcome => (status >= 500 ? 'error' : status === 429 ? 'limited' : status >= 400 ? 'refused' : 'accepted');

const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'tes_cms_' });
const submissions = new Counter({
  name: 'tes_intake_submissions_total',
  help: 'Posts to the intake, by kind and outcome (accepted, refused, limited, error).',
  labelNames: ['kind', 'outcome'] as const,
  registers: [registry],
});
const duration = new Histogram({
  name: 'tes_intake_duration_seconds',
  help: 'Time to answer a post to the intake, by kind.',
  labelNames: ['kind'] as const,
  buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** The log line of one submission: only these fields, whatever the request held. */
export function submissionLine(event: SubmissionEvent, now = new Date()): string {
  return JSON.stringify({
    time: now.toISOString(),
    event: 'intake.submission',
    kind: event.kind,
    outcome: outcomeOf(event.status),
    status: event.status,
    number: event.number ?? null,
    ms: Math.round(event.ms),
    replica: intakeConfig().files.replica,
  });
}

export function recordSubmission(event: SubmissionEvent, write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): void {
  submissions.inc({ kind: event.kind, outcome: outcomeOf(event.status) });
  duration.observe({ kind: event.kind }, event.ms / 1000);
  write(submissionLine(event));
}

export const metricsText = () => registry.metrics();
export const METRICS_CONTENT_TYPE = registry.contentType;

/** Serves /metrics on 127.0.0.1:METRICS_PORT when it is set; nothing otherwise. */
export function startMetricsServer(port = Number(process.env.METRICS_PORT ?? 0)): Server | null {
  if (!port) return null;
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') return void response.writeHead(404).end();
    metricsText().then(
      (text) => response.writeHead(200, { 'Content-Type': METRICS_CONTENT_TYPE }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  server.listen(port, process.env.METRICS_HOST ?? '127.0.0.1');
  return server;
}
