/**
 * `npm run audit:record` — copies the summary of the last full `npm run audit` (reports/a11y/summary.json) into
 * site/data/a11y-audit.json, which the accessibility statement shows. Tests never write tracked files; recording
 * an audit is an auditor's deliberate step, reviewed and committed like any content change.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/paths.ts';

const summary = path.join(ROOT, 'reports', 'a11y', 'summary.json');
const target = path.join(ROOT, 'site', 'data', 'a11y-audit.json');
if (!existsSync(summary)) {
  console.error('No audit summary: run `npm run audit` first (it writes reports/a11y/summary.json).');
  process.exit(1);
}
const { date, checks, pages, violations } = JSON.parse(readFileSync(summary, 'utf8')) as { date: string; checks: number; pages: number; violations: number };
copyFileSync(summary, target);
console.log(`Recorded the audit of ${date}: ${checks} checks on ${pages} pages, ${violations} violations → ${path.relative(ROOT, target)}`);
