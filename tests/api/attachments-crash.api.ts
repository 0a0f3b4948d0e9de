import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { cmsInstance, startCms } from '../../scripts/lib/cms.ts';
import { stopGroup } from '../../scripts/lib/processes.ts';
import { filesIn, formFields, multipart, pdfOfSize, tinyPdf, upload } from '../helpers/files.ts';
import { nextIp, validAppeal } from '../helpers/intake.ts';
import { TEST_CMS_PORT, TEST_RUN_DIR, stack } from '../helpers/stack.ts';

/**
 * What a killed Strapi leaves, and what its next start removes: on a Strapi of its own (SQLite, not seeded),
 * killed with SIGKILL while a 6 MB document is arriving. The half-written file is there after the kill — the
 * test proves it — and gone once Strapi is up again; so is a stored file without a record (a kill between keeping a
 * file and committing its appeal) and a file past its retention, with its record.
 */
const PORT = Number(process.env.TEST_CRASH_CMS_PORT ?? TEST_CMS_PORT + 5);

test('a kill -9 mid-upload leaves nothing once Strapi is up again; orphans and expired files go too', async () => {
  test.setTimeout(240_000);
  const dataDir = path.join(TEST_RUN_DIR, 'crash', 'cms');
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const instance = cmsInstance({ dataDir, port: PORT, siteUrl: stack().siteUrl, env: { TRUST_PROXY: 'true' } });
  const filesDir = instance.env.INTAKE_FILES_DIR!;
  const appeals = `${instance.url}/api/intake/appeals`;

  let child = await startCms(instance, { quiet: true });
  try {
    // A registered appeal with a document: kept, then made to expire while Strapi is down.
    const kept = multipart(formFields(validAppeal()), [{ name: 'old.pdf', data: tinyPdf() }]);
    expect((await upload(appeals, kept.body, kept.contentType)).status).toBe(201);
    expect(filesIn(filesDir, 'stored')).toHaveLength(1);

    // The upload that is cut short by the kill.
    const { body, contentType } = multipart(formFields(validAppeal()), [{ name: 'big.pdf', data: pdfOfSize(6 * 1024 * 1024) }]);
    const req = request(appeals, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-length': String(body.length), accept: 'application/json', 'x-forwarded-for': nextIp() },
    });
    req.on('error', () => undefined);
    req.write(body.subarray(0, 3 * 1024 * 1024));
    await expect.poll(() => filesIn(filesDir, 'incoming').length, { timeout: 20_000 }).toBeGreaterThan(0);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    req.destroy();
    expect(filesIn(filesDir, 'incoming').length, 'the kill left a half-written file').toBeGreaterThan(0);

    // As if killed between keeping a file and committing its record.
    const orphan = randomUUID();
    writeFileSync(path.join(filesDir, 'stored', orphan), tinyPdf());
    // The kept file's retention ends yesterday.
    const database = new DatabaseSync(instance.env.DATABASE_FILENAME!);
    database.prepare("UPDATE appeal_files SET delete_after = date('now', '-1 day')").run();
    database.close();

    child = await startCms(instance, { quiet: true });
    expect(filesIn(filesDir, 'incoming')).toEqual([]);
    expect(filesIn(filesDir, 'stored')).toEqual([]);
    const check = new DatabaseSync(instance.env.DATABASE_FILENAME!, { readOnly: true });
    expect(check.prepare('SELECT count(*) AS n FROM appeal_files').get()).toEqual({ n: 0 });
    check.close();
  } finally {
    await stopGroup(child);
  }
});
