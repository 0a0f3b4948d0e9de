import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { formFields, multipart, photoWithGps, tinyPdf, upload } from '../helpers/files.ts';
import { APPEAL, validAppeal } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';
import { logInToAdmin, StrapiAdmin } from '../helpers/strapi-admin.ts';

/**
 * The appeals officer's side of documents, in the real admin in a real browser: the appeal's edit view lists what
 * the visitor attached, and «Скачать» saves the file as it is stored (the photo without its EXIF).
 */
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

test('an appeals officer sees an appeal’s documents beside it in the admin and downloads one', async ({ browser }) => {
  const { cmsUrl } = stack();
  const pdf = tinyPdf(500);
  const { body, contentType } = multipart(formFields(validAppeal()), [
    { name: 'квитанция.pdf', data: pdf },
    { name: 'счётчик.jpg', data: await photoWithGps() },
  ]);
  const registered = await upload(`${cmsUrl}/api/intake/appeals`, body, contentType);
  expect(registered.status, registered.text).toBe(201);
  const number = String(registered.json!.data!.number);

  const officer = await (await StrapiAdmin.login()).createUser('tes-appeals-officer', `officer-ui-${Date.now()}@example.test`);
  const { results } = await officer.request<{ results: Array<{ documentId: string }> }>('GET', `/content-manager/collection-types/${APPEAL}?filters[number][$eq]=${number}`);

  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await logInToAdmin(page, cmsUrl, officer.credentials!);

  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/${APPEAL}/${results[0]!.documentId}`);
  await expect(page.getByText('Приложенные документы', { exact: true })).toBeVisible({ timeout: 30_000 });
  // In the panel, each with its download; in the appeal's fields, as its related records.
  for (const name of ['квитанция.pdf', 'счётчик.jpg']) {
    await expect(page.getByRole('button', { name: `Скачать ${name}` })).toBeVisible();
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать квитанция.pdf' }).click()]);
  expect(download.suggestedFilename()).toBe('квитанция.pdf');
  expect(sha256(readFileSync((await download.path())!))).toBe(sha256(pdf));
  await context.close();
});
