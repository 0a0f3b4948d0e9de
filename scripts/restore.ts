/**
 * `npm run restore -- DIR` — a backup made by `npm run backup` into an empty PostgreSQL database (DATABASE_URL) and
 * empty media and documents folders (STRAPI_PUBLIC_DIR, INTAKE_FILES_DIR): every part checked against the manifest
 * first, nothing written if anything is wrong. Then start Strapi on that database with the same secrets as before.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathsFromEnv, restoreBackup } from './lib/backup.ts';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- <backup folder>');
  process.exit(2);
}
try {
  const dir = path.resolve(positionals[0]!);
  const manifest = await restoreBackup(dir, pathsFromEnv());
  console.log(`Restored the backup of ${manifest.created} from ${dir}`);
} catch (error) {
  console.error(`Restore refused or failed: ${(error as Error).message}`);
  process.exit(1);
}
