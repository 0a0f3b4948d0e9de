import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers/stack.ts';

/** Every built page, in both languages: the right lang, a working language switch, and no JavaScript. */

const localeOf = (path: string) => path.split('/')[1] as 'ru' | 'tt';
const twinOf = (path: string) => path.replace(/^\/(ru|tt)\//, (_, locale: string) => `/${locale === 'ru' ? 'tt' : 'ru'}/`);
/** A municipality's outage page (not the report form beside them). */
const MUNICIPALITY = /^\/(ru|tt)\/outages\/(?!report\/)[a-z-]+\/$/;
/** Pages that are allowed a script: search runs Pagefind; the office finder, the forms and the estimate hydrate their islands. */
const SCRIPTED = /^\/(ru|tt)\/(search|offices|appeal|appeal\/status|readings|tariffs\/estimate|services\/[a-z-]+|outages\/report)\/$/;

test('the sitemap lists the same pages in Russian and Tatar', () => {
  const paths = sitemapPaths();
  const ru = paths.filter((path) => localeOf(path) === 'ru');
  const tt = paths.filter((path) => localeOf(path) === 'tt');
  expect(ru.length).toBeGreaterThan(15);
  expect(tt.map(twinOf)).toEqual(ru);
});

for (const locale of ['ru', 'tt'] as const) {
  test(`every ${locale} page loads with lang="${locale}", links to its twin, and loads no JavaScript on content pages`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of sitemapPaths().filter((candidate) => localeOf(candidate) === locale)) {
      await test.step(path, async () => {
        scripts.length = 0;
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1')).toHaveCount(1);
        // Search indexes every page's main content but the search page, the site map (they would match every
        // query) and a municipality's outage page with no notice on it.
        const unindexed = /\/(search|sitemap)\/$/.test(path) || (MUNICIPALITY.test(path) && (await page.locator('li.outage').count()) === 0);
        await expect(page.locator(unindexed ? 'main#main:not([data-pagefind-body])' : 'main#main[data-pagefind-body]')).toHaveCount(1);
        await expect(page.locator('.skip-link')).toHaveAttribute('href', '#main');
        // A scripted page (the finder hydrates when idle) may still be fetching: let it finish, or its requests
        // would be counted against the next page.
        if (SCRIPTED.test(path)) await page.waitForLoadState('networkidle');
        if (!SCRIPTED.test(path)) {
          expect(scripts, `${path} must load no script file`).toEqual([]);
          // Only the visually-impaired mode's few inline lines; no island, no module, no script file.
          await expect(page.locator('astro-island, script[src], script[type="module"]')).toHaveCount(0);
        }
        const languageSwitch = page.locator('a.lang-switch');
        await expect(languageSwitch).toHaveAttribute('href', twinOf(path));
      });
    }
  });
}

test('the language switch lands on the twin page, and back', async ({ page }) => {
  await page.goto('/ru/tariffs/');
  await page.getByRole('link', { name: 'Бу бит рус телендә' }).or(page.locator('a.lang-switch')).first().click();
  await expect(page).toHaveURL(/\/tt\/tariffs\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'tt');
  await expect(page.locator('h1')).toHaveText('Халык өчен электр энергиясе тарифлары');
  await page.locator('a.lang-switch').click();
  await expect(page).toHaveURL(/\/ru\/tariffs\/$/);
  await expect(page.locator('h1')).toHaveText('Тарифы на электроэнергию для населения');
});

test('the root offers both languages, each marked with its own lang', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('a[href="/ru/"]')).toBeVisible();
  await expect(page.locator('[lang="tt"] a[href="/tt/"]')).toBeVisible();
});

test('pages with example data say so visibly, in the page language', async ({ page }) => {
  await page.goto('/ru/company/');
  await expect(page.locator('[data-example-notice]')).toContainText('Пример данных');
  await page.goto('/tt/company/');
  await expect(page.locator('[data-example-notice]')).toContainText('Үрнәк мәгълүмат');
  await page.goto('/ru/tariffs/');
  await expect(page.locator('[data-example-notice]')).toHaveCount(0);
});

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: every contract form downloads with the right type, and says its format, size and language`, async ({ page, request }) => {
    await page.goto(`/${locale}/contracts/`);
    const links = page.locator('a[download]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await expect(link.locator('xpath=following-sibling::span[1]')).toContainText(
        locale === 'ru' ? /[A-Z]+, [\d,]+ [КМ]Б, на русском языке/ : /[A-Z]+, [\d,]+ [КМ]Б, татар телендә/,
      );
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^\/media\//);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toContain((await link.getAttribute('type'))!);
      expect((await response.body()).length, href).toBeGreaterThan(100);
    }
  });
}

test('an unknown address gets the bilingual 404 page', async ({ page }) => {
  const response = await page.goto('/ru/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Страница не найдена');
});
