import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { publishStatus, waitForBuild } from '../helpers/publish.ts';
import { stack } from '../helpers/stack.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';

/** Strapi behaviour the site depends on, checked on the running CMS; then the editor's path to the page. */

const FAQ = 'api::faq-item.faq-item';
const faqData = (slug: string) => ({
  slug,
  question: 'Как проверить работу теста?',
  answer: 'Ответ теста.',
  topic: 'other',
  order: 900,
  disclosures: [{ code: 'D20' }],
  source: 'example',
  isExample: true,
});

test.describe.configure({ mode: 'serial' });

test('the public role reads published public content and can write nothing', async ({ request }) => {
  const { cmsUrl } = stack();
  expect((await request.get(`${cmsUrl}/api/faq-items?locale=tt`)).status()).toBe(200);
  expect((await request.get(`${cmsUrl}/api/company?locale=tt`)).status()).toBe(200);
  expect((await request.post(`${cmsUrl}/api/faq-items`, { data: { data: faqData('public-write') } })).status()).toBeGreaterThanOrEqual(400);
  expect((await request.get(`${cmsUrl}/api/users`)).status()).toBe(403);
  expect((await request.get(`${cmsUrl}/api/upload/files`)).status()).toBe(403);
  // Unpublished content is not public, even though Strapi would serve ?status=draft to the public role.
  expect((await request.get(`${cmsUrl}/api/faq-items?status=draft&locale=ru`)).status()).toBe(403);
  expect((await request.get(`${cmsUrl}/api/company?status=draft`)).status()).toBe(403);
});

test('the site token reads public content only', async ({ request }) => {
  const { cmsUrl, tokenFile } = stack();
  const headers = { Authorization: `Bearer ${readFileSync(tokenFile, 'utf8').trim()}` };
  expect((await request.get(`${cmsUrl}/api/offices?locale=ru`, { headers })).status()).toBe(200);
  expect((await request.get(`${cmsUrl}/api/users`, { headers })).status()).toBe(403);
  expect((await request.post(`${cmsUrl}/api/faq-items`, { headers, data: { data: faqData('token-write') } })).status()).toBeGreaterThanOrEqual(400);
});

test('Tatar exists as a locale next to the default Russian, created through the locale service', async () => {
  const admin = await StrapiAdmin.login();
  const locales = await admin.request<Array<{ code: string; isDefault: boolean }>>('GET', '/i18n/locales');
  expect(locales.map((locale) => locale.code).sort()).toEqual(['ru', 'tt']);
  expect(locales.find((locale) => locale.isDefault)?.code).toBe('ru');
});

test('publishing the Russian version leaves the Tatar draft a draft (non-localized fields included)', async ({ request }) => {
  const admin = await StrapiAdmin.login();
  const documentId = await admin.createDraft(FAQ, faqData('publish-one-locale'));
  try {
    await admin.saveLocale(FAQ, documentId, 'tt', { ...faqData('publish-one-locale'), question: 'Тест ничек эшли?', answer: 'Тест җавабы.' });
    await admin.publish(FAQ, documentId, 'ru');
    expect(await admin.status(FAQ, documentId, 'ru')).toBe('published');
    expect(await admin.status(FAQ, documentId, 'tt')).toBe('draft');
    const { cmsUrl } = stack();
    const tt = await (await request.get(`${cmsUrl}/api/faq-items?locale=tt&filters[slug][$eq]=publish-one-locale`)).json();
    expect(tt.data).toEqual([]);
    const ru = await (await request.get(`${cmsUrl}/api/faq-items?locale=ru&filters[slug][$eq]=publish-one-locale`)).json();
    expect(ru.data).toHaveLength(1);
  } finally {
    await admin.remove(FAQ, documentId);
  }
});

test('a Tatar entry published in Strapi appears on its /tt/ page after a rebuild; a draft never does', async ({ page }) => {
  const admin = await StrapiAdmin.login();
  const published = await admin.createDraft(FAQ, faqData('rebuild-published'));
  const draft = await admin.createDraft(FAQ, { ...faqData('rebuild-draft'), question: 'Черновой вопрос, которого не должно быть на сайте?' });
  try {
    await admin.saveLocale(FAQ, published, 'tt', { ...faqData('rebuild-published'), question: 'Яңа сорау сайтта күренәме?', answer: 'Әйе, яңадан җыелганнан соң.' });
    await admin.saveLocale(FAQ, draft, 'tt', { ...faqData('rebuild-draft'), question: 'Сайтта булмаска тиешле каралама сорау?' });
    const before = (await publishStatus()).builds;
    // Publishing is all it takes: Strapi's webhook → the publisher → a new build, switched in atomically.
    await admin.publish(FAQ, published, 'ru');
    await admin.publish(FAQ, published, 'tt');
    expect((await waitForBuild(before)).state).toBe('live');

    await page.goto('/tt/faq/');
    await page.getByRole('link', { name: 'Яңа сорау сайтта күренәме?' }).click();
    await expect(page).toHaveURL(/\/tt\/faq\/other\/#rebuild-published$/);
    await expect(page.getByRole('heading', { name: 'Яңа сорау сайтта күренәме?' })).toBeVisible();
    await expect(page.getByText('Әйе, яңадан җыелганнан соң.')).toBeVisible();
    for (const path of ['/tt/faq/', '/tt/faq/other/', '/ru/faq/', '/ru/faq/other/']) {
      await page.goto(path);
      await expect(page.getByText('Сайтта булмаска тиешле каралама сорау?')).toHaveCount(0);
      await expect(page.getByText('Черновой вопрос, которого не должно быть на сайте?')).toHaveCount(0);
    }
    await page.goto('/ru/faq/other/');
    await expect(page.getByRole('heading', { name: 'Как проверить работу теста?' })).toBeVisible();
  } finally {
    const before = (await publishStatus()).builds;
    await admin.remove(FAQ, published);
    await admin.remove(FAQ, draft);
    await waitForBuild(before);
  }
});

test('a draft saved (not published) does not rebuild the site', async () => {
  const admin = await StrapiAdmin.login();
  const before = await publishStatus();
  const documentId = await admin.createDraft(FAQ, faqData('no-rebuild-draft'));
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await publishStatus()).builds).toBe(before.builds);
  } finally {
    await admin.remove(FAQ, documentId);
  }
});

test('a failed build leaves the last good site live, and editors see why in «Публикация сайта»', async ({ page, request }) => {
  const admin = await StrapiAdmin.login();
  // An editor publishes the Russian page and forgets the Tatar one: the build refuses half a page.
  const documentId = await admin.createDraft('api::disclosure-page.disclosure-page', {
    slug: 'one-language-test',
    title: 'Проверка ошибки сборки',
    summary: 'Тест.',
    body: 'Тест.',
    order: 999,
    disclosures: [],
    source: 'example',
    isExample: true,
  });
  const before = (await publishStatus()).builds;
  try {
    await admin.saveLocale('api::disclosure-page.disclosure-page', documentId, 'tt', { title: 'Җыю хатасын тикшерү', summary: 'Тест.', body: 'Тест.' });
    await admin.publish('api::disclosure-page.disclosure-page', documentId, 'ru');
    const status = await waitForBuild(before);
    expect(status.state).toBe('failed');
    expect(status.message).toContain('disclosure-pages "one-language-test": published in ru but not in tt');
    // The site is still the last good one.
    expect((await page.goto('/ru/info/one-language-test/'))?.status()).toBe(404);
    expect((await page.goto('/ru/tariffs/'))?.status()).toBe(200);
    // Editors see the failure in the admin's «Публикация сайта».
    const { data } = await admin.request<{ data: { state: string; message: string } }>('GET', '/content-manager/single-types/api::build-status.build-status');
    expect(data.state).toBe('failed');
    expect(data.message).toContain('published in ru but not in tt');
  } finally {
    const cleanup = (await publishStatus()).builds;
    await admin.remove('api::disclosure-page.disclosure-page', documentId);
    expect((await waitForBuild(cleanup)).state).toBe('live');
  }
  expect((await request.get('/_publish/status')).ok()).toBe(true);
});

test('the content editor role edits and publishes public content in both languages, and sees nothing else', async () => {
  const admin = await StrapiAdmin.login();
  const { data: roles } = await admin.request<{ data: Array<{ id: number; code: string; name: string }> }>('GET', '/admin/roles');
  const editor = roles.find((role) => role.code === 'tes-content-editor')!;
  expect(editor.name).toBe('Редактор контента');
  // Exactly three roles: the built-in Editor and Author go; the appeals officer is staff-roles.ts's.
  expect(roles.map((role) => role.code).sort()).toEqual(['strapi-super-admin', 'tes-appeals-officer', 'tes-content-editor']);
  const { data: permissions } = await admin.request<{ data: Array<{ action: string; subject: string | null; properties: { locales?: string[] } }> }>(
    'GET',
    `/admin/roles/${editor.id}/permissions`,
  );
  const { PUBLIC_CONTENT_TYPES } = await import('../../cms/src/shared/public-types.ts');
  const subjects = new Set(permissions.map((permission) => permission.subject).filter(Boolean));
  for (const uid of PUBLIC_CONTENT_TYPES) {
    expect(
      permissions.some((permission) => permission.subject === uid && permission.action === 'plugin::content-manager.explorer.publish'),
      uid,
    ).toBe(true);
  }
  // Besides public content, two things to read only: the publication's status and the pages' feedback (issue 14).
  const readOnly = ['api::build-status.build-status', 'api::page-feedback.page-feedback'];
  expect([...subjects].filter((subject) => !(PUBLIC_CONTENT_TYPES as readonly string[]).includes(subject!) && !readOnly.includes(subject!))).toEqual([]);
  for (const subject of readOnly) {
    expect(
      permissions.filter((permission) => permission.subject === subject).map((permission) => permission.action),
      subject,
    ).toEqual(['plugin::content-manager.explorer.read']);
  }
  expect(permissions.find((permission) => permission.subject === 'api::faq-item.faq-item')!.properties.locales?.sort()).toEqual(['ru', 'tt']);
});
