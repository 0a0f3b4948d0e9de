/**
 * `npm run check` — the static checks, also run first by `npm test` and counted there: TypeScript with no emit
 * for the site, scripts, publisher and tests (tsconfig.json, Astro's strictest) and for the CMS
 * (cms/tsconfig.json), so the typed guarantees — tt.ts typed against ru.ts, the `satisfies` lists, the contracts
 * shared by island and server — are enforced, not just written. Exit code 0 only when both are clean.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CMS_DIR, ROOT } from './lib/paths.ts';

const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const checks = [
  { name: 'types: site, publisher, scripts, tests', args: [tsc, '--noEmit', '-p', path.join(ROOT, 'tsconfig.json')] },
  { name: 'types: CMS', args: [tsc, '--noEmit', '-p', path.join(CMS_DIR, 'tsconfig.json')] },
];

let failed = 0;
for (const check of checks) {
  const started = performance.now();
  const result = spawnSync(process.execPath, check.args, { cwd: ROOT, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${result.status === 0 ? '✓' : '✗'} ${check.name} (${seconds} s)`);
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
