/**
 * `npm test` — every test: Vitest unit tests, then Playwright browser tests against a throwaway Strapi on SQLite,
 * seeded from content/, with the site built from it (tests/helpers/global-setup.ts). Ends with one plain line,
 * "N passed, N failed", summing both runners. Exit code 0 only when nothing failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled } from './lib/install.ts';
import { CMS_DIR, ROOT } from './lib/paths.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

ensureInstalled(ROOT, 'site');
ensureInstalled(CMS_DIR, 'CMS');
ensureChromium();
mkdirSync(path.join(ROOT, 'reports'), { recursive: true });

const started = performance.now();
// `npm run audit` runs only the accessibility audit (tests/a11y/audit.a11y.ts) against a fresh build.
const onlyAudit = process.argv.includes('--only-audit');
const playwrightArgs = onlyAudit ? ['tests/a11y/audit.a11y.ts'] : process.argv.slice(2);
const skipped = { passed: 0, failed: 0, ok: true };
// The static checks (npm run check) count as one test: a type error fails the run like a failed test.
const staticChecks = onlyAudit
  ? skipped
  : (() => {
      console.log('\n› npm run check');
      const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts')], { cwd: ROOT, stdio: 'inherit' });
      return result.status === 0 ? { passed: 1, failed: 0, ok: true } : { passed: 0, failed: 1, ok: false };
    })();
const unit = onlyAudit
  ? skipped
  : runner('Vitest', [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'], () => {
      const report = JSON.parse(readFileSync(path.join(ROOT, 'reports', 'vitest.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number };
      return { passed: report.numPassedTests, failed: report.numFailedTests };
    });
const browser = runner('Playwright', [path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...playwrightArgs], () => {
  const { stats } = JSON.parse(readFileSync(path.join(ROOT, 'reports', 'playwright.json'), 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
});

const passed = staticChecks.passed + unit.passed + browser.passed;
const failed = staticChecks.failed + unit.failed + browser.failed;
console.log(
  `\nChecks ${staticChecks.passed} passed, ${staticChecks.failed} failed · Vitest ${unit.passed} passed, ${unit.failed} failed · Playwright ${browser.passed} passed, ${browser.failed} failed · ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && staticChecks.ok && unit.ok && browser.ok ? 0 : 1);

/** Runs one test runner; a runner that crashed before reporting counts as one failure, never as zero tests. */
function runner(name: string, args: string[], read: () => { passed: number; failed: number }) {
  console.log(`\n› ${name}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  try {
    const counts = read();
    // A runner that failed without counting a failed test (a file that does not load, a set-up that throws)
    // is still a failure: never report "0 failed" for it.
    if (result.status !== 0 && counts.failed === 0) {
      console.error(`${name} exited with ${result.status} without a failed test: counted as one failure.`);
      return { ...counts, failed: 1, ok: false };
    }
    return { ...counts, ok: result.status === 0 };
  } catch {
    console.error(`${name} produced no report (exit ${result.status}).`);
    return { passed: 0, failed: 1, ok: false };
  }
}

/** Debian's Chromium drives the browser tests (nothing may download a browser). As root, install it if missing. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('› Installing Debian’s chromium for the browser tests (apt-get)…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (install.status === 0 && existsSync(CHROMIUM)) return;
  }
  console.error(`Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
