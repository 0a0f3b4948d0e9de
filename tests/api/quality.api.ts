import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../../scripts/lib/paths.ts';
import { queryPostgres } from '../../scripts/lib/postgres.ts';
import type { Cell, QualityIndicators } from '../../cms/src/shared/quality.ts';
import { post, validAppeal, validReading } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';

/**
 * «Every figure reproducible from the database by a query written down in the README» (issue 14): each SQL block of
 * the README's «Feedback and service quality» is run on the test PostgreSQL database and compared with what the CMS on
 * that database publishes at /api/quality-indicators — the value of every cell it shows, and the count under five
 * of every cell it hides. The unit tests (cms/src/intake/quality.test.ts) check the figures against hand-counted data.
 */
function readmeQueries(): Record<string, string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return Object.fromEntries([...readme.matchAll(/```sql\n-- quality: ([\w-]+)\n([\s\S]*?)```/g)].map((match) => [match[1]!, match[2]!]));
}

const expectCell = (cell: Cell, value: string | undefined, records: string | undefined, label: string) => {
  const count = Number(records ?? 0);
  if ('suppressed' in cell) expect(count, `${label}: hidden, so fewer than five`).toBeLessThan(5);
  else {
    expect(count, `${label}: records`).toBe(cell.records);
    expect(Number(value), `${label}: value`).toBe(cell.value);
  }
};

test('PostgreSQL: every published indicator is what the README’s queries give on the same database', async () => {
  const { postgres } = stack();
  const queries = readmeQueries();
  expect(Object.keys(queries).sort()).toEqual(['days-to-answer', 'informativeness', 'satisfaction', 'timeliness', 'usage-appeals', 'usage-readings']);

  // Enough this month for some figures to show: five readings, five pages' answers.
  for (let index = 0; index < 5; index += 1) {
    expect((await post(`${postgres.cmsUrl}/api/intake/readings`, validReading())).status).toBe(201);
    const page = { locale: 'ru', path: '/ru/tariffs/', title: 'Тарифы', helpful: index < 4 ? 'yes' : 'no' };
    expect((await post(`${postgres.cmsUrl}/api/intake/page-feedback`, page)).status).toBe(201);
  }
  expect((await post(`${postgres.cmsUrl}/api/intake/appeals`, validAppeal())).status).toBe(201);

  const { data } = (await (await fetch(`${postgres.cmsUrl}/api/quality-indicators`)).json()) as { data: QualityIndicators };
  const run = (name: string) => queryPostgres(postgres.databaseUrl, queries[name]!);
  const byMonth = (rows: string[][]) => new Map(rows.map((row) => [row[0]!, row]));

  const timeliness = byMonth(run('timeliness'));
  for (const row of data.timeliness) {
    const [, share, judged, extended] = timeliness.get(row.month) ?? [];
    expectCell(row.onTimeShare, share, judged, `timeliness ${row.month}`);
    expectCell(row.extended, extended, extended, `extended ${row.month}`);
  }
  const days = byMonth(run('days-to-answer'));
  for (const row of data.daysToAnswer) {
    const [, value, answers] = days.get(row.month) ?? [];
    expectCell(row.days, value, answers, `days ${row.month}`);
  }
  const [satisfaction] = run('satisfaction');
  expectCell(data.satisfaction.average, satisfaction?.[0], satisfaction?.[1], 'satisfaction');
  const [informativeness] = run('informativeness');
  expectCell(data.informativeness.helpfulShare, informativeness?.[0], informativeness?.[1], 'informativeness');
  expect('suppressed' in data.informativeness.helpfulShare).toBe(false);
  const readings = byMonth(run('usage-readings'));
  const appeals = byMonth(run('usage-appeals'));
  for (const row of data.usage) {
    const [, readingCount] = readings.get(row.month) ?? [];
    const [, appealCount, requestCount] = appeals.get(row.month) ?? [];
    expectCell(row.readings, readingCount, readingCount, `readings ${row.month}`);
    expectCell(row.appeals, appealCount, appealCount, `appeals ${row.month}`);
    expectCell(row.requests, requestCount, requestCount, `requests ${row.month}`);
  }
  // This month's readings are at least the five above: shown.
  expect('suppressed' in data.usage.at(-1)!.readings).toBe(false);
});
