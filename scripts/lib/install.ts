import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Installs a package folder's dependencies when they are missing or older than its lockfile. No imports beyond
 * Node's own: this runs before anything is installed.
 *
 * Two separate installs by design: the root (site, scripts, tests; React 19) and cms/ (Strapi; React 18) each
 * have their own package-lock.json and node_modules, so neither React can be hoisted into the other's way.
 */
export function ensureInstalled(dir: string, label: string): boolean {
  const lockfile = path.join(dir, 'package-lock.json');
  const marker = path.join(dir, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs) return false;
  console.log(`› Installing ${label} dependencies (npm ci)…`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (result.status !== 0) throw new Error(`npm ci failed in ${dir}`);
  return true;
}
