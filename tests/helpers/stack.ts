import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * What the global set-up started for this test run: a Strapi on a throwaway SQLite database, seeded from
 * content/, the static site built from it and served; a second Strapi on a fresh PostgreSQL database for the
 * intake tests; and a local SMTP server capturing the e-mails. Written by global-setup.ts, read by the tests.
 */
export interface TestStack {
  runDir: string;
  siteUrl: string;
  cmsUrl: string;
  distDir: string;
  cmsDataDir: string;
  tokenFile: string;
  admin: { email: string; password: string };
  /** The private folder of the appeals' documents (INTAKE_FILES_DIR: incoming/ and stored/). */
  filesDir: string;
  /** The Strapi on PostgreSQL (same code, no seed), its administrator and its documents' folder. */
  postgres: { cmsUrl: string; admin: { email: string; password: string }; filesDir: string; databaseUrl: string };
  /** Where the SMTP capture server writes each message it receives (tests/helpers/smtp-capture.ts). */
  mailDir: string;
}

export const TEST_RUN_DIR = path.join(ROOT, 'tests', '.tmp', 'run');
export const TEST_SITE_PORT = Number(process.env.TEST_SITE_PORT ?? 4322);
export const TEST_CMS_PORT = Number(process.env.TEST_CMS_PORT ?? 1338);
export const TEST_PG_CMS_PORT = Number(process.env.TEST_PG_CMS_PORT ?? TEST_CMS_PORT + 1);
export const TEST_SMTP_PORT = Number(process.env.TEST_SMTP_PORT ?? TEST_CMS_PORT + 1000);

export function stack(): TestStack {
  return JSON.parse(readFileSync(path.join(TEST_RUN_DIR, 'stack.json'), 'utf8')) as TestStack;
}

/** Every page of the built site, from its sitemap, as paths (/ru/…, /tt/…). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(stack().distDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
}

/** One page of every page type (under /ru/ or /tt/): the audits in every colour scheme and the keyboard walks. */
export { PAGE_TYPES } from '../../scripts/lib/page-types.ts';
