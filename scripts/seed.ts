/**
 * `npm run seed` — validates content/ and loads it into Strapi, idempotently (see scripts/lib/seed-strapi.ts).
 *
 * Runs Strapi in this process on the same database as `npm start` (cms/.data) unless TES_CMS_DATA_DIR names
 * another data folder; TES_CONTENT_DIR reads another content folder (tests). Stops on the first bad file, naming
 * file and field, before anything is written.
 */
import path from 'node:path';
import { cmsInstance, ensureCmsBuilt, withStrapi } from './lib/cms.ts';
import { ContentFileError, loadContent } from './lib/content-files.ts';
import { CONTENT_DIR, LOCAL_DATA_DIR } from './lib/paths.ts';
import { applySeed, type SeedReport } from './lib/seed-strapi.ts';

export async function seed(dataDir: string, contentDir = CONTENT_DIR): Promise<SeedReport> {
  const entries = loadContent(contentDir);
  await ensureCmsBuilt();
  return withStrapi(cmsInstance({ dataDir }), (strapi) => applySeed(strapi, entries, path.join(contentDir, 'files')));
}

if (import.meta.main) {
  const dataDir = process.env.TES_CMS_DATA_DIR ?? LOCAL_DATA_DIR;
  try {
    const started = performance.now();
    const report = await seed(dataDir, process.env.TES_CONTENT_DIR ?? CONTENT_DIR);
    console.log(
      `Seed: ${report.created.length} created, ${report.updated.length} updated, ${report.published.length} published, ` +
        `${report.unchanged} unchanged (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    for (const file of report.updated) console.log(`  updated ${file}`);
  } catch (error) {
    if (error instanceof ContentFileError) {
      console.error(`Seed stopped, nothing was written: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
