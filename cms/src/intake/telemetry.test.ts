import { describe, expect, it } from 'vitest';
import { metricsText, outcomeOf, recordSubmission, submissionLine } from './telemetry';

// The intake's settings are read once; the line names the replica from them.
process.env.INTAKE_SECRET ??= 'a-test-secret-of-enough-length';

describe('intake telemetry', () => {
  it('logs one JSON line per post with its kind, outcome, status, number and time — nothing a visitor wrote', () => {
    const line = JSON.parse(submissionLine({ kind: 'appeal', status: 201, number: '2026-000123', ms: 41.6 }, new Date('2026-12-06T10:00:00Z'))) as Record<string, unknown>;
    expect(line).toEqual({
      time: '2026-12-06T10:00:00.000Z',
      event: 'intake.submission',
      kind: 'appeal',
      outcome: 'accepted',
      status: 201,
      number: '2026-000123',
      ms: 42,
      replica: null,
    });
    expect([outcomeOf(303), outcomeOf(422), outcomeOf(403), outcomeOf(429), outcomeOf(500)]).toEqual(['accepted', 'refused', 'refused', 'limited', 'error']);
  });

  it('counts posts by kind and outcome, and their duration, for Prometheus', async () => {
    const lines: string[] = [];
    recordSubmission({ kind: 'reading', status: 201, number: '2026-R000001', ms: 12 }, (line) => lines.push(line));
    recordSubmission({ kind: 'reading', status: 429, ms: 1 }, (line) => lines.push(line));
    expect(lines).toHaveLength(2);
    const text = await metricsText();
    expect(text).toContain('tes_intake_submissions_total{kind="reading",outcome="accepted"} 1');
    expect(text).toContain('tes_intake_submissions_total{kind="reading",outcome="limited"} 1');
    expect(text).toMatch(/tes_intake_duration_seconds_count\{kind="reading"\} 2/);
    expect(text).toContain('tes_cms_process_cpu_seconds_total');
  });
});
