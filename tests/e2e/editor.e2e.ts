import { expect, test, type Browser, type Page } from '@playwright/test';
import { stack } from '../helpers/stack.ts';
import { publishStatus, waitForBuild } from '../helpers/publish.ts';
import { logInToAdmin } from '../helpers/strapi-admin.ts';

/**
 * The editors' journey in the real Strapi admin, in a real browser: log in, edit a Tatar FAQ answer, preview it
 * in the site's own layout, publish, and see it on the served /tt/ page; try to save an office with broken hours
 * and see what to fix.
 */
test.describe.configure({ mode: 'serial' });

// One editor session for the whole journey: Strapi rate-limits admin logins, and an editor logs in once too.
let page: Page;
test.beforeAll(async ({ browser }: { browser: Browser }) => {
  page = await (await browser.newContext()).newPage();
  // Strapi's first-visit guided tour can open over the list at any moment after it loads (later on a slow machine):
  // logInToAdmin skips it whenever its «Пропустить» button shows, the way an editor would.
  const { cmsUrl, admin } = stack();
  await logInToAdmin(page, cmsUrl, admin);
});
test.afterAll(async () => page.context().close());

async function openList(uid: string, locale: 'ru' | 'tt', search = '') {
  await page.goto(`${stack().cmsUrl}/admin/content-manager/collection-types/${uid}?plugins[i18n][locale]=${locale}&_q=${encodeURIComponent(search)}`);
}

test('the admin speaks Russian and explains each field', async () => {
  await openList('api::office.office', 'ru', 'Центральный');
  await expect(page.getByRole('gridcell', { name: 'Населённый пункт или район' })).toBeVisible();
  await page
    .getByRole('link', { name: /Казань — Центральный/ })
    .first()
    .click();
  await expect(page.getByText('Синтаксис OpenStreetMap', { exact: false }).first()).toBeVisible();
});

test('saving an office with broken hours is refused with a message that says how to fix it', async () => {
  await openList('api::office.office', 'ru', 'Центральный');
  await page
    .getByRole('link', { name: /Казань — Центральный/ })
    .first()
    .click();
  await page.locator('input[name="openingHours"]').fill('каждый день с 8 до 17');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(/Часы работы не распознаны: ошибка около «[^»]+»\. Пишите в синтаксисе OpenStreetMap/).first()).toBeVisible();
  // Nothing was stored: the office's draft still has valid hours.
  const token = (await import('node:fs')).readFileSync(stack().tokenFile, 'utf8').trim();
  const { data } = (await (
    await fetch(`${stack().cmsUrl}/api/offices?locale=ru&status=draft&filters[slug][$eq]=kazan-central`, { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as { data: Array<{ openingHours: string }> };
  expect(data[0]!.openingHours).not.toContain('каждый');
});

test('edit a Tatar answer, preview it in the site layout, publish, and see it live on /tt/', async () => {
  const marker = `Редактор сынавы ${Date.now()}.`;
  await openList('api::faq-item.faq-item', 'tt', 'Аноним');
  await page.getByRole('link', { name: 'Аноним мөрәҗәгать җибәрергә мөмкинме?' }).click();
  await page.locator('.CodeMirror').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(` ${marker}`);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(/Сохранено|Saved/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сохранить' })).toBeDisabled();

  // Preview: the draft, in the site's own layout, never indexed, not yet live.
  // Strapi's own Preview button (its label is not translated in 5.54), not the Markdown editor's preview toggle.
  await page
    .getByRole('link', { name: 'Open preview' })
    .or(page.getByRole('button', { name: 'Open preview' }))
    .first()
    .click();
  const frame = page.locator('iframe').first().contentFrame();
  await expect(frame.getByText(marker).first()).toBeVisible({ timeout: 90_000 });
  await expect(frame.locator('html')).toHaveAttribute('lang', 'tt');
  await expect(frame.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  const live = await fetch(`${stack().siteUrl}/tt/faq/appeals/`).then((response) => response.text());
  expect(live).not.toContain(marker);

  // Publish → live.
  const before = (await publishStatus()).builds;
  await page.getByRole('button', { name: 'Опубликовать' }).first().click();
  expect((await waitForBuild(before)).state).toBe('live');
  const served = await page.context().newPage();
  await served.goto(`${stack().siteUrl}/tt/faq/appeals/`);
  await expect(served.getByText(marker)).toBeVisible();
});

test('the preview is unreachable without the secret', async ({ request }) => {
  const { siteUrl } = stack();
  expect((await request.get(`${siteUrl}/preview/tt/faq/`)).status()).toBe(403);
  expect((await request.get(`${siteUrl}/preview/open?uid=api::faq-item.faq-item&documentId=x&locale=tt&secret=wrong`)).status()).toBe(403);
  const robots = (await request.get(`${siteUrl}/preview/tt/faq/`)).headers()['x-robots-tag'];
  expect(robots).toBe('noindex, nofollow');
});
