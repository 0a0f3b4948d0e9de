import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { fill, formatDate } from '../../cms/src/shared/format.ts';
import { moscowDate, nextReadingsDue } from '../../cms/src/shared/calendar.ts';
import { PAGE_TYPES, sitemapPaths, stack } from '../helpers/stack.ts';

/**
 * The front door (issue 16): the home page's tasks, the header on every page (cabinet, search box, language,
 * «Меню» that works without JavaScript and leaves the heading on a phone's first screen), the HTML site map, what
 * search engines and shared links read, and the files served precompressed.
 */
const STRINGS = { ru, tt } as const;
const PHONE = { width: 390, height: 844 };

for (const locale of ['ru', 'tt'] as const) {
  const s = STRINGS[locale];

  test(`${locale}: the home page leads with the tasks — readings with this month’s deadline in words, paying without commission first, the cabinets, appeals, offices, interruptions, prices, the contact centre`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    const tasks = page.locator('ul.tasks > li');
    await expect(tasks.getByRole('heading', { level: 2 })).toHaveText([
      s['nav.readings'],
      s['home.pay.title'],
      s['cabinet.title'],
      s['nav.appeal'],
      s['nav.offices'],
      s['nav.outages'],
      s['home.prices.title'],
      s['home.contact.title'],
    ]);
    // The due day is the company entry's (25), the date the next one to come, in Moscow, in the page's language.
    const due = formatDate(locale, nextReadingsDue(moscowDate(), 25));
    await expect(tasks.nth(0)).toContainText(fill(s['home.readings.due'], { date: due, readingsDueDay: '25' }));
    // Commission-free ways only under «Без комиссии», each a link to its section of the payment page.
    const free = tasks.nth(1).locator('ul a');
    expect(await free.count()).toBeGreaterThan(1);
    for (const href of await free.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) expect(href).toMatch(new RegExp(`^/${locale}/payment/#`));
    await expect(tasks.nth(2).getByRole('link', { name: new RegExp(s['cabinet.open'].replace('{title}', '')) })).toHaveAttribute('href', 'https://lkfl.tatenergosbyt.ru');
    await expect(tasks.nth(3).getByRole('link', { name: s['home.appeal.status'] })).toHaveAttribute('href', `/${locale}/appeal/status/`);
    await expect(tasks.nth(4).getByRole('link', { name: s['home.offices.near'] })).toHaveAttribute('href', `/${locale}/offices/`);
    await expect(tasks.nth(6).locator('dd')).toHaveCount(3);
    await expect(tasks.nth(7).locator('a[href^="tel:"]')).toHaveText('+7 (800) 200-25-26');

    const html = readFileSync(path.join(stack().distDir, locale, 'index.html'));
    const brotli = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`${locale} home page: ${(brotli / 1024).toFixed(1)} KB brotli`);
    expect(brotli).toBeLessThanOrEqual(14 * 1024);
    await expect(page.locator('script[src], script[type="module"]')).toHaveCount(0);
  });

  test(`${locale}: on a phone the menu is one button, the page’s heading ends in the upper half of the first screen, and the menu opens without JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const nav = page.getByRole('navigation', { name: s['nav.label'] });
    for (const type of PAGE_TYPES) {
      await test.step(type || 'home', async () => {
        await page.goto(`/${locale}/${type}`);
        const heading = await page.locator('h1').boundingBox();
        expect(heading!.y + heading!.height, `/${locale}/${type}`).toBeLessThanOrEqual(PHONE.height / 2);
        await expect(nav.getByRole('link').first()).toBeHidden();
        // The header on every page: the cabinet, the language switch, and the search box (the search page is one).
        await expect(page.locator('header .cabinet-link')).toHaveAttribute('href', `/${locale}/cabinet/`);
        await expect(page.locator('header a.lang-switch')).toBeVisible();
        if (type !== 'search/') await expect(page.getByRole('search').getByRole('searchbox', { name: s['search.title'] })).toBeVisible();
      });
    }
    await page.goto(`/${locale}/tariffs/`);
    await page.getByText(s['nav.menu'], { exact: true }).click();
    await expect(nav.getByRole('link', { name: s['nav.payment'] })).toBeVisible();
    await nav.getByRole('link', { name: s['nav.payment'] }).click();
    await expect(page).toHaveURL(`/${locale}/payment/`);
    await context.close();
  });

  test(`${locale}: the header’s search box goes to the search page with the words, and a wide screen shows the sections without «${s['nav.menu']}»`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}/payment/`);
    await expect(page.getByText(s['nav.menu'], { exact: true })).toBeHidden();
    await expect(page.getByRole('navigation', { name: s['nav.label'] }).getByRole('link', { name: s['nav.tariffs'] })).toBeVisible();
    const box = page.getByRole('searchbox', { name: s['search.title'] });
    await box.fill(locale === 'ru' ? 'показания' : 'күрсәткечләр');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=`));
    await expect(page.locator('#search-results li').first()).toBeVisible();
  });

  test(`${locale}: without JavaScript the search page says so plainly and links to the site map, which lists every page of the language`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/search/`);
    await expect(page.locator('main')).toContainText(s['search.noScript']);
    await page.getByRole('link', { name: s['sitemap.title'] }).first().click();
    await expect(page).toHaveURL(`/${locale}/sitemap/`);
    const listed = new Set(await page.locator('main .site-map a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)));
    const expected = sitemapPaths().filter((candidate) => candidate.startsWith(`/${locale}/`) && candidate !== `/${locale}/` && candidate !== `/${locale}/sitemap/`);
    expect(expected.filter((candidate) => !listed.has(candidate))).toEqual([]);
    expect([...listed].filter((candidate) => !expected.includes(candidate))).toEqual([]);
    await context.close();
  });
}

test('every page tells search engines and shared links what it is: description, Open Graph, canonical, hreflang; robots.txt names the sitemap', async ({ page, request }) => {
  await page.goto('/tt/offices/kazan-central/');
  const head = page.locator('head');
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', (await page.locator('h1').textContent())!);
  await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'tt_RU');
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/tt\/offices\/kazan-central\/$/);
  await expect(head.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/offices\/kazan-central\/$/);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/m);
});

test('the build writes every page precompressed, and the server sends brotli or gzip to who asks', async ({ request }) => {
  for (const file of ['ru/index.html', 'tt/tariffs/index.html', 'sitemap-0.xml']) {
    expect(existsSync(path.join(stack().distDir, `${file}.br`)), file).toBe(true);
    expect(existsSync(path.join(stack().distDir, `${file}.gz`)), file).toBe(true);
  }
  const br = await request.get('/ru/tariffs/', { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(await br.text()).toContain(ru['tariffs.title']);
  const gz = await request.get('/ru/tariffs/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get('/ru/tariffs/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
});
