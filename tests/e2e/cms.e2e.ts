import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildSite } from '../../scripts/lib/site-build.ts';
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
    await admin.publish(FAQ, published, 'ru');
    await admin.publish(FAQ, published, 'tt');
    await admin.saveLocale(FAQ, draft, 'tt', { ...faqData('rebuild-draft'), question: 'Сайтта булмаска тиешле кораллама сорау?' });

    const { cmsUrl, tokenFile, distDir } = stack();
    await buildSite({ strapiUrl: cmsUrl, tokenFile, outDir: distDir, quiet: true });

    await page.goto('/tt/faq/');
    await page.getByRole('link', { name: 'Яңа сорау сайтта күренәме?' }).click();
    await expect(page).toHaveURL(/\/tt\/faq\/other\/#rebuild-published$/);
    await expect(page.getByRole('heading', { name: 'Яңа сорау сайтта күренәме?' })).toBeVisible();
    await expect(page.getByText('Әйе, яңадан җыелганнан соң.')).toBeVisible();
    for (const path of ['/tt/faq/', '/tt/faq/other/', '/ru/faq/', '/ru/faq/other/']) {
      await page.goto(path);
      await expect(page.getByText('Сайтта булмаска тиешле кораллама сорау?')).toHaveCount(0);
      await expect(page.getByText('Черновой вопрос, которого не должно быть на сайте?')).toHaveCount(0);
    }
    await page.goto('/ru/faq/other/');
    await expect(page.getByRole('heading', { name: 'Как проверить работу теста?' })).toBeVisible();
  } finally {
    await admin.remove(FAQ, published);
    await admin.remove(FAQ, draft);
    const { cmsUrl, tokenFile, distDir } = stack();
    await buildSite({ strapiUrl: cmsUrl, tokenFile, outDir: distDir, quiet: true });
  }
});
