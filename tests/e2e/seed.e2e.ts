import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_DIR, ROOT } from '../../scripts/lib/paths.ts';
import { CONTENT_TYPES } from '../../site/schemas/index.ts';
import { stack } from '../helpers/stack.ts';

/** The real seed script against the test run's Strapi database, checked through Strapi's REST API. */

test.describe.configure({ mode: 'serial' });

function seed(contentDir = CONTENT_DIR) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'seed.ts')], {
    cwd: ROOT,
    env: { ...process.env, TES_CMS_DATA_DIR: stack().cmsDataDir, TES_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function get(pathAndQuery: string) {
  const { cmsUrl, tokenFile } = stack();
  const response = await fetch(`${cmsUrl}${pathAndQuery}`, { headers: { Authorization: `Bearer ${readFileSync(tokenFile, 'utf8').trim()}` } });
  return (await response.json()) as { data: Array<Record<string, string>> | Record<string, string> };
}

/** documentId, locale and updatedAt of every published entry of every type. */
async function snapshot() {
  const rows: string[] = [];
  for (const type of Object.values(CONTENT_TYPES)) {
    for (const locale of ['ru', 'tt']) {
      const path = type.kind === 'singleType' ? `/api/${type.apiName}` : `/api/${type.pluralName}`;
      const { data } = await get(`${path}?locale=${locale}&pagination[pageSize]=100`);
      for (const entry of [data].flat()) rows.push(`${type.apiName} ${entry.documentId} ${entry.locale} ${entry.updatedAt}`);
    }
  }
  return rows.sort();
}

const faqAnswer = async (locale: string) => {
  const { data } = await get(`/api/faq-items?locale=${locale}&filters[slug][$eq]=payment-deadline`);
  return (data as Array<Record<string, string>>)[0]!;
};

test('seeding again changes nothing', async () => {
  const before = await snapshot();
  const { status, output } = seed();
  expect(status, output).toBe(0);
  expect(output).toMatch(/Seed: 0 created, 0 updated, 0 published, \d+ unchanged/);
  expect(await snapshot()).toEqual(before);
});

test('the Tatar version is a localization of the same document', async () => {
  expect((await faqAnswer('tt')).documentId).toBe((await faqAnswer('ru')).documentId);
});

test('editing a file and seeding again updates that entry, and only that one', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tes-seed-'));
  const contentDir = path.join(dir, 'content');
  cpSync(CONTENT_DIR, contentDir, { recursive: true });
  const file = path.join(contentDir, 'ru', 'faq-items', 'payment-deadline.md');
  const ttBefore = await faqAnswer('tt');
  try {
    writeFileSync(file, readFileSync(file, 'utf8').replace('до 15-го числа', 'до 15-го числа (проверка сида)'));
    const { status, output } = seed(contentDir);
    expect(status, output).toBe(0);
    expect(output).toMatch(/Seed: 0 created, 1 updated, 1 published/);
    expect(output).toContain('updated content/ru/faq-items/payment-deadline.md');
    expect((await faqAnswer('ru')).answer).toContain('(проверка сида)');
    expect(await faqAnswer('tt')).toEqual(ttBefore);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    expect(seed().status).toBe(0);
  }
  expect((await faqAnswer('ru')).answer).not.toContain('(проверка сида)');
});

test('a bad file stops the seed before anything is written, naming file and field', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tes-seed-'));
  const contentDir = path.join(dir, 'content');
  cpSync(CONTENT_DIR, contentDir, { recursive: true });
  // The first file is fine but changed; the later one is bad: the good change must not be written either.
  const good = path.join(contentDir, 'ru', 'faq-items', 'payment-deadline.md');
  writeFileSync(good, readFileSync(good, 'utf8').replace('до 15-го числа', 'до 15-го числа (не должно попасть)'));
  const bad = path.join(contentDir, 'tt', 'tariffs', '2026-01-rural.md');
  writeFileSync(bad, readFileSync(bad, 'utf8').replace(/^title: .*$/m, 'title: ""'));
  const before = await snapshot();
  try {
    const { status, output } = seed(contentDir);
    expect(status).toBe(1);
    expect(output).toContain('content/tt/tariffs/2026-01-rural.md: field "title"');
    expect(await snapshot()).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
