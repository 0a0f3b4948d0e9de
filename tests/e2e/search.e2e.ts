import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers/stack.ts';

/** Pagefind: one index per language, built from the main content only. */

test('a Russian search finds the Russian page', async ({ page }) => {
  await page.goto('/ru/search/');
  await page.getByLabel('Что вы ищете?').fill('показания');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page.locator('#search-results a[href="/ru/info/meter-readings/"]')).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/^Найден[оа] \d+ страниц[аы]?$/);
  await expect(page.locator('#search-results a[href^="/tt/"]')).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=%D0%BF/);
});

test('a Tatar search finds the Tatar page', async ({ page }) => {
  await page.goto('/tt/search/?q=җиһазландыру');
  await expect(page.locator('#search-results a[href="/tt/info/meter-readings/"]')).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/^\d+ бит табылды$/);
  await expect(page.locator('#search-results a[href^="/ru/"]')).toHaveCount(0);
});

test('page chrome is not indexed', async ({ page }) => {
  // "Отключения электроэнергии" is in the navigation of every page; in main content only on the outages page and
  // the home page's list. Were the navigation indexed, every page would match.
  const pages = sitemapPaths().filter((path) => path.startsWith('/ru/')).length;
  await page.goto('/ru/search/?q=отключения');
  await expect(page.locator('#search-status')).toHaveText(/^Найден/);
  const found = await page.locator('#search-results li').count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(pages / 2);
  await expect(page.locator('#search-results a[href="/ru/outages/"]')).toBeVisible();
});

test('no result is said plainly', async ({ page }) => {
  // Not "зззззз": Pagefind matches the list marker "з)" of the standard's Tatar pages as a prefix of it.
  await page.goto('/tt/search/?q=щщщщщщ');
  await expect(page.locator('#search-status')).toHaveText('Бернәрсә дә табылмады. Язылышны тикшерегез яки башка сүз белән эзләп карагыз.');
});
