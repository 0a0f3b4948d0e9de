/**
 * `npm run backup [-- --to DIR]` — the PostgreSQL database, the media library and the visitors' documents into a new
 * folder under DIR (default TES_BACKUP_DIR, else backups/): see scripts/lib/backup.ts. Reads the settings Strapi reads
 * (DATABASE_CLIENT=postgres, DATABASE_URL, STRAPI_PUBLIC_DIR, INTAKE_FILES_DIR): on a server,
 * `set -a; . /etc/tes/strapi.env; npm run backup -- --to /var/backups/tes` (or the tes-backup timer in deploy/systemd).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup, pathsFromEnv } from './lib/backup.ts';
import { ROOT } from './lib/paths.ts';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const into = path.resolve(values.to ?? process.env.TES_BACKUP_DIR ?? path.join(ROOT, 'backups'));
try {
  const started = performance.now();
  const { dir, manifest } = await createBackup(pathsFromEnv(), into);
  const size = [manifest.database, ...manifest.folders].reduce((sum, part) => sum + part.bytes, 0);
  console.log(`Backup written: ${dir} (${(size / 1024 / 1024).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`Backup failed, nothing was kept: ${(error as Error).message}`);
  process.exit(1);
}
