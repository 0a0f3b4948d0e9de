/**
 * `npm run check` — the static checks, also run first by `npm test` and counted there:
 * - TypeScript with no emit for the site, scripts, publisher and tests (tsconfig.json, Astro's strictest) and for
 *   the CMS (cms/tsconfig.json), so the typed guarantees — tt.ts typed against ru.ts, the `satisfies` lists, the
 *   contracts shared by island and server — are enforced, not just written;
 * - `astro check`: the .astro templates' TypeScript (the collections' types come from their schemas; the loader
 *   loads nothing, so no Strapi is needed: TES_TYPES_ONLY);
 * - ESLint (eslint.config.js) and Prettier (.prettierrc.json, .prettierignore), with zero warnings allowed.
 * Two at a time, on two cores. Exit code 0 only when every check is clean.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CMS_DIR, ROOT } from './lib/paths.ts';

const bin = (name: string, file: string) => path.join(ROOT, 'node_modules', name, file);
const checks = [
  { name: 'types: site, publisher, scripts, tests', args: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', path.join(ROOT, 'tsconfig.json')] },
  { name: 'types: CMS', args: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', path.join(CMS_DIR, 'tsconfig.json')] },
  { name: 'astro check', args: [bin('astro', 'bin/astro.mjs'), 'check', '--minimumFailingSeverity', 'hint'], env: { TES_TYPES_ONLY: '1' } },
  { name: 'lint (ESLint)', args: [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.'] },
  { name: 'format (Prettier)', args: [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'] },
];

interface Outcome {
  name: string;
  ok: boolean;
  seconds: string;
  output: string;
}

/** Runs one check, keeping its output to print whole once it ends (two run at once; their lines must not mix). */
function run(check: (typeof checks)[number]): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, check.args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', ...check.env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ name: check.name, ok: code === 0, seconds: ((performance.now() - started) / 1000).toFixed(1), output }));
  });
}

const queue = [...checks];
const outcomes: Outcome[] = [];
async function worker() {
  for (let check = queue.shift(); check; check = queue.shift()) {
    const outcome = await run(check);
    // A passing check prints only its line; a failing one everything it said.
    if (!outcome.ok) process.stdout.write(outcome.output);
    console.log(`${outcome.ok ? '✓' : '✗'} ${outcome.name} (${outcome.seconds} s)`);
    outcomes.push(outcome);
  }
}
const started = performance.now();
await Promise.all([worker(), worker()]);
const failed = outcomes.filter((outcome) => !outcome.ok).length;
console.log(`${failed === 0 ? 'All checks passed' : `${failed} of ${checks.length} checks failed`} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed === 0 ? 0 : 1);
