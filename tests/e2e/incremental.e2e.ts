import { expect, test } from '@playwright/test';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../scripts/lib/site-build.ts';
import { waitForBuild, publishStatus } from '../helpers/publish.ts';
import { fileHashes } from '../helpers/files.ts';
import { stack, TEST_RUN_DIR } from '../helpers/stack.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';

/**
 * Incremental builds (issue 17, site/data/cache-keys.ts): a build that copies unchanged pages from the last one must
 * give the very bytes a full build gives. Two changes, each followed by an incremental and a full build of the same
 * content at the same moment: one information page's Tatar text (its page alone is rendered again), then the
 * contact centre's phone, which every page's footer shows (every page is). Astro's cached copy of an office page
 * tells which: untouched after the first change, rewritten after the second.
 */
const RUN = path.join(TEST_RUN_DIR, 'incremental');
const CACHE = path.join(RUN, 'cache');
const INFO = 'api::disclosure-page.disclosure-page';
const COMPANY = '/content-manager/single-types/api::company.company';
const OFFICE_PAGE = 'ru/offices/almetyevsk/index.html';

test.describe.configure({ mode: 'serial', timeout: 600_000 });

const build = (name: string, incremental: boolean) =>
  buildSite({ strapiUrl: stack().cmsUrl, tokenFile: stack().tokenFile, outDir: path.join(RUN, name), quiet: true, ...(incremental ? { cacheDir: CACHE } : {}) });

function expectSameSite(incremental: string, full: string) {
  const a = fileHashes(path.join(RUN, incremental));
  const b = fileHashes(path.join(RUN, full));
  expect(a.size).toBeGreaterThan(300);
  const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
  expect(differing, `files that differ between the incremental build «${incremental}» and the full build «${full}»`).toEqual([]);
}

/** When Astro last wrote its cached copy of a page (a page rendered again is written again; a reused one is not). */
const cachedAt = (page: string) => statSync(path.join(CACHE, 'dist', page)).mtimeMs;

test('an incremental build gives the bytes of a full build: after one page changes, and after what every page shows changes', async () => {
  rmSync(RUN, { recursive: true, force: true });
  // Both builds of each pair describe the same moment.
  process.env.TES_BUILD_TIME = '2026-12-01T09:00:00Z';
  const admin = await StrapiAdmin.login();
  const { results } = await admin.request<{ results: Array<{ documentId: string; summary: string }> }>(
    'GET',
    `/content-manager/collection-types/${INFO}?locale=tt&filters[slug][$eq]=appeals`,
  );
  const info = results[0]!;
  const { data: company } = await admin.request<{ data: { contactCentrePhone: string } }>('GET', `${COMPANY}?locale=ru`);
  const builds = (await publishStatus()).builds;
  try {
    await build('first', true);
    const officeCachedAt = cachedAt(OFFICE_PAGE);

    await admin.saveLocale(INFO, info.documentId, 'tt', { summary: `${info.summary} Үзгәреш.` });
    await admin.publish(INFO, info.documentId, 'tt');
    await build('second', true);
    await build('second-full', false);
    expectSameSite('second', 'second-full');
    expect(readFileSync(path.join(RUN, 'second', 'tt/info/appeals/index.html'), 'utf8')).toContain('Үзгәреш.');
    expect(cachedAt(OFFICE_PAGE), 'the office page was copied, not rendered').toBe(officeCachedAt);

    await admin.request('PUT', `${COMPANY}?locale=ru`, { contactCentrePhone: '+7 (800) 000-00-01' });
    await admin.request('POST', `${COMPANY}/actions/publish?locale=ru`, {});
    await build('third', true);
    await build('third-full', false);
    expectSameSite('third', 'third-full');
    expect(readFileSync(path.join(RUN, 'third', OFFICE_PAGE), 'utf8')).toContain('+7 (800) 000-00-01');
    expect(cachedAt(OFFICE_PAGE), 'the office page was rendered again').toBeGreaterThan(officeCachedAt);
  } finally {
    delete process.env.TES_BUILD_TIME;
    await admin.saveLocale(INFO, info.documentId, 'tt', { summary: info.summary });
    await admin.publish(INFO, info.documentId, 'tt');
    await admin.request('PUT', `${COMPANY}?locale=ru`, { contactCentrePhone: company.contactCentrePhone });
    await admin.request('POST', `${COMPANY}/actions/publish?locale=ru`, {});
    // The next test reads the run's site: wait until what it serves is the content as it was (a build that was
    // already running when the edits were undone would not carry them, so the served pages decide, not a count).
    await waitForBuild(builds, 300_000);
    const served = (page: string) => fetch(`${stack().siteUrl}/${page}`).then((response) => response.text());
    await expect
      .poll(async () => (await served(OFFICE_PAGE.replace('index.html', ''))).includes(company.contactCentrePhone) && !(await served('tt/info/appeals/')).includes('Үзгәреш.'), {
        timeout: 300_000,
      })
      .toBe(true);
  }
});
