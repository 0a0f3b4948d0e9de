import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { ROOT } from '../../scripts/lib/paths.ts';
import { compileHours } from '../../site/lib/opening-hours.ts';
import { addDays, weekdayOf } from '../../cms/src/shared/calendar.ts';
import { isOpenAt } from '../../site/lib/open-now.ts';
import { extraNonWorkingDay } from '../../site/lib/holidays.ts';
import { islandWeight } from '../../scripts/lib/island-weight.ts';
import { stack } from '../helpers/stack.ts';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';

/**
 * The office finder in a real browser: the list without JavaScript, filters by keyboard only, the URL as the
 * state (reload, Back), "open now" at a fixed Moscow time, the map loaded on request with keyboard-reachable
 * markers, the office page's schema.org data, the open-data files, and the island's weight.
 */

interface OpenDataOffice {
  id: string;
  name: string;
  url: string;
  municipality: string;
  municipality_id: string;
  address: string;
  opening_hours: string;
  serves_individuals: boolean;
  serves_legal_entities: boolean;
  cash_desk: boolean;
  electronic_queue: boolean;
}

const openData = (locale: 'ru' | 'tt') => JSON.parse(readFileSync(path.join(stack().distDir, locale, 'offices.json'), 'utf8')) as { offices: OpenDataOffice[] };
const finderReady = (page: Page) => expect(page.locator('form.finder-filters[data-hydrated]')).toBeVisible();
const cards = (page: Page) => page.locator('article.office-card');

/** A working Tuesday a week or more from now, with no holiday in Russia or Tatarstan (Moscow date). */
function ordinaryTuesday(): string {
  let day = addDays(new Date().toISOString().slice(0, 10), 7);
  while (weekdayOf(day) !== 1 || extraNonWorkingDay(day) || day.slice(5) < '01-12' || /-(02-23|03-0[89]|05-0\d|05-1[01]|06-12|11-0[3-6]|12-3\d)$/.test(day)) day = addDays(day, 1);
  return day;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['ru', 'tt'] as const) {
    test(`${locale}: the full list, grouped by municipality, with anchors and municipality pages`, async ({ page }) => {
      const { offices } = openData(locale);
      await page.goto(`/${locale}/offices/`);
      await expect(cards(page)).toHaveCount(offices.length);
      // The island's filters and map button are in the HTML (so that nothing moves when it starts) but not shown.
      await expect(page.locator('form.finder-filters')).toBeHidden();
      await expect(page.getByRole('button', { name: locale === 'ru' ? ru['offices.map.show'] : tt['offices.map.show'] })).toBeHidden();
      const municipalities = [...new Set(offices.map((office) => office.municipality))];
      await expect(page.locator('section.municipality > h2')).toHaveCount(municipalities.length);
      // The table of contents leads to each municipality's section.
      const anchors = page.locator('nav.finder-toc a');
      await expect(anchors).toHaveCount(municipalities.length);
      const href = (await anchors.first().getAttribute('href'))!;
      await expect(page.locator(`section${href}`)).toHaveCount(1);
      // And each section to its own page.
      await page.locator(`section${href} > p > a`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/offices/municipality/${href.slice(1)}/$`));
      await expect(cards(page).first()).toBeVisible();
      await expect(page.locator('script[src], script[type="module"], astro-island')).toHaveCount(0);
    });
  }
});

test('filter by keyboard only, and hear the count with Russian plurals', async ({ page }) => {
  await page.goto('/ru/offices/');
  await finderReady(page);
  const search = page.getByRole('searchbox', { name: 'Улица или населённый пункт' });
  for (let i = 0; i < 80 && !(await search.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.type('Примерная');
  await page.keyboard.press('Tab');
  const municipality = page.getByRole('combobox', { name: 'Город или район' });
  await expect(municipality).toBeFocused();
  for (let i = 0; i < 30 && (await municipality.inputValue()) !== 'kazan'; i += 1) await page.keyboard.press('ArrowDown');
  await expect(municipality).toHaveValue('kazan');
  await page.keyboard.press('Tab'); // the client category radios: "all" is checked
  await expect(page.getByRole('radio', { name: 'Всех клиентов' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Физических лиц' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Касса' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Касса' })).toBeChecked();

  const expected = openData('ru').offices.filter(
    (office) => office.municipality_id === 'kazan' && office.serves_individuals && office.cash_desk && office.address.includes('Примерная'),
  ).length;
  const url = new URL(page.url());
  expect(url.searchParams.get('q')).toBe('Примерная');
  expect(url.searchParams.get('municipality')).toBe('kazan');
  expect(url.searchParams.get('for')).toBe('individuals');
  expect(url.searchParams.getAll('service')).toEqual(['cash-desk']);
  await expect(cards(page)).toHaveCount(expected);
  const count = expected;
  expect(count).toBeGreaterThan(1);
  const status = page.locator('.finder-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(count % 10 === 1 && count % 100 !== 11 ? `Найден ${count} офис` : new RegExp(`^Найдено ${count} офис(а|ов)$`));
});

test('«Показать офисы» submits nothing and takes the visitor to the results; «Открыт сейчас» sits on its words’ line at every text size', async ({ page }) => {
  await page.goto('/ru/offices/');
  await finderReady(page);
  await page.getByRole('checkbox', { name: 'Касса' }).check();
  const before = page.url();
  await page.getByRole('button', { name: 'Показать офисы' }).click();
  await expect(page.locator('.finder-status')).toBeFocused();
  expect(page.url()).toBe(before);

  // Each checkbox's box overlaps the first line of its own words, as a row does — «open now» included.
  const rows = async () =>
    page.locator('form.finder-filters label.choice:has(input[type="checkbox"])').evaluateAll((labels) =>
      labels.map((label) => {
        const box = label.querySelector('input')!.getBoundingClientRect();
        const text = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const line = range.getClientRects()[0]!;
        return { name: label.textContent!.trim(), onItsLine: box.top < line.bottom && box.bottom > line.top && box.right <= line.left + 1 };
      }),
    );
  await page.locator('details.vision > summary').click();
  for (const size of ['1', '3', '5']) {
    await page.locator(`#vision-form label.vision-size-${size}`).click();
    const checked = await rows();
    expect(checked.map((row) => row.name)).toContain('Открыт сейчас');
    for (const row of checked) expect(row, `text size ${size}`).toMatchObject({ onItsLine: true });
  }
});

test('Tatar count has one form, and no result says what to do', async ({ page }) => {
  await page.goto('/tt/offices/?for=legal-entities');
  await finderReady(page);
  const expected = openData('tt').offices.filter((office) => office.serves_legal_entities).length;
  await expect(cards(page)).toHaveCount(expected);
  await expect(page.locator('.finder-status')).toHaveText(`${expected} офис табылды`);
  await page.locator('form.finder-filters').getByRole('searchbox').fill('ззззз');
  await expect(cards(page)).toHaveCount(0);
  await expect(page.locator('.finder-status')).toHaveText('Мондый шартларга туры килгән офис юк. Кайбер фильтрларны алып ташлагыз.');
});

test('the URL holds the filters: a reload restores them and Back undoes the last change', async ({ page }) => {
  await page.goto('/ru/offices/?for=legal-entities&service=queue');
  await finderReady(page);
  const legal = page.getByRole('radio', { name: 'Юридических лиц и ИП' });
  const queue = page.getByRole('checkbox', { name: 'Электронная очередь' });
  await expect(legal).toBeChecked();
  await expect(queue).toBeChecked();
  const filtered = await cards(page).count();
  await page.reload();
  await finderReady(page);
  await expect(legal).toBeChecked();
  await expect(queue).toBeChecked();
  await expect(cards(page)).toHaveCount(filtered);

  await queue.uncheck();
  await expect(page).toHaveURL(/\?for=legal-entities$/);
  const wider = await cards(page).count();
  expect(wider).toBeGreaterThanOrEqual(filtered);
  await page.goBack();
  await expect(page).toHaveURL(/\?for=legal-entities&service=queue$/);
  await expect(queue).toBeChecked();
  await expect(cards(page)).toHaveCount(filtered);
  await page.goForward();
  await expect(queue).not.toBeChecked();
});

test('a shared link shows exactly its offices: the list, hydrated part by part, is redrawn only once it all runs', async ({ page }) => {
  // The server's HTML is the whole list; the island hydrates it one municipality per task and applies the link's
  // filters after the last. Were a part hydrated against the filtered list, it would keep the server's elements: a
  // card with another office's link, or one that should be gone.
  await page.goto('/ru/offices/?for=legal-entities');
  await finderReady(page);
  const expected = openData('ru').offices.filter((office) => office.serves_legal_entities);
  const shown = await cards(page).evaluateAll((articles) =>
    articles.map((article) => {
      const link = article.querySelector('h3 a') as HTMLAnchorElement;
      return `${new URL(link.href).pathname} ${link.textContent} ${article.querySelectorAll('.now').length}`;
    }),
  );
  expect(shown.sort()).toEqual(expected.map((office) => `${new URL(office.url).pathname} ${office.name} 1`).sort());
  await expect(page.locator('section.municipality:not(:has(article.office-card))')).toHaveCount(0);
});

test('"open now" is computed in Moscow time, whatever the visitor’s time zone', async ({ browser }) => {
  const day = ordinaryTuesday();
  const { offices } = openData('ru');
  for (const [time, zone] of [
    ['10:30', 'America/New_York'],
    ['12:30', 'Asia/Vladivostok'],
    ['21:00', 'Europe/Moscow'],
  ] as const) {
    const instant = Date.parse(`${day}T${time}:00+03:00`);
    const expected = offices.filter((office) => isOpenAt(compileHours(office.opening_hours, day, 2), instant)).length;
    const context = await browser.newContext({ timezoneId: zone });
    const page = await context.newPage();
    await page.clock.setFixedTime(instant);
    await page.goto('/ru/offices/?open=now');
    await finderReady(page);
    await expect(cards(page), `${day} ${time} Moscow, seen from ${zone}`).toHaveCount(expected);
    if (expected > 0) await expect(cards(page).first().locator('.now')).toHaveText(/^Открыто/);
    await context.close();
  }
});

test('sorting by distance from a town puts that town’s offices first and says how far', async ({ page }) => {
  await page.goto('/ru/offices/?near=elabuga');
  await finderReady(page);
  await expect(page.getByRole('heading', { name: 'Сначала ближайшие' })).toBeVisible();
  await expect(cards(page).first()).toContainText('Елабуга');
  await expect(cards(page).first()).toContainText(/Расстояние: \d/);
});

test('the map loads only when shown; its markers are reachable by keyboard and open the office in the list', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // The tiles come from the internet, which the tests do not have: the markers are drawn all the same.
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  await page.goto('/ru/offices/?municipality=kazan');
  await finderReady(page);
  expect(scripts.filter((script) => /leaflet/i.test(script))).toEqual([]);
  const count = await cards(page).count();

  const toggle = page.getByRole('button', { name: 'Показать на карте' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/map=1/);
  const markers = page.locator('.office-marker');
  await expect(markers).toHaveCount(count);
  expect(scripts.some((script) => /leaflet/i.test(script))).toBe(true);
  await expect(page.getByRole('button', { name: 'Скрыть карту' })).toHaveAttribute('aria-expanded', 'true');

  // Tab from the toggle reaches the markers; each is a named button.
  let reached = false;
  for (let i = 0; i < 20 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('office-marker') ?? false);
  }
  expect(reached).toBe(true);
  const marker = page.locator('.office-marker:focus');
  await expect(marker).toHaveAttribute('role', 'button');
  const name = (await marker.getAttribute('title'))!;
  await page.keyboard.press('Enter');
  const card = page.locator('article.office-card:focus');
  await expect(card).toHaveCount(1);
  await expect(card.locator('h3')).toHaveText(name);

  // The map is in the URL too: a reload brings it back.
  await page.reload();
  await expect(page.locator('.office-marker')).toHaveCount(count);
});

test('an office page: tel: links, route links, hours, and schema.org JSON-LD that parses', async ({ page }) => {
  await page.goto('/ru/offices/kazan-central/');
  await expect(page.locator('a[href^="tel:+7"]').first()).toBeVisible();
  for (const name of ['Маршрут в OpenStreetMap', 'Маршрут в Яндекс Картах', 'Маршрут в 2ГИС']) {
    await expect(page.getByRole('link', { name })).toHaveAttribute('href', /^https:\/\//);
  }
  await expect(page.locator('table.hours caption')).toHaveText('Часы работы');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json!);
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('LocalBusiness');
  expect(data.address['@type']).toBe('PostalAddress');
  expect(data.geo).toMatchObject({ '@type': 'GeoCoordinates', latitude: 55.7961, longitude: 49.1064 });
  const specs = data.openingHoursSpecification as Array<Record<string, unknown>>;
  expect(specs.length).toBeGreaterThan(1);
  for (const spec of specs) {
    expect(spec['@type']).toBe('OpeningHoursSpecification');
    expect(spec.opens).toMatch(/^\d\d:\d\d$/);
    expect(spec.closes).toMatch(/^\d\d:\d\d$/);
  }
  expect(specs.some((spec) => Array.isArray(spec.dayOfWeek) && (spec.dayOfWeek as string[]).includes('https://schema.org/Monday'))).toBe(true);
});

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: the office list downloads as JSON and CSV, linked with format and size`, async ({ page, request }) => {
    await page.goto(`/${locale}/offices/`);
    const json = page.locator(`a[href="/${locale}/offices.json"]`);
    const csv = page.locator(`a[href="/${locale}/offices.csv"]`);
    await expect(json.locator('xpath=following-sibling::span[1]')).toContainText(/JSON, [\d,]+ КБ/);
    await expect(csv.locator('xpath=following-sibling::span[1]')).toContainText(/CSV, [\d,]+ КБ/);
    const jsonResponse = await request.get(`/${locale}/offices.json`);
    expect(jsonResponse.headers()['content-type']).toContain('application/json');
    const data = (await jsonResponse.json()) as { language: string; offices: OpenDataOffice[] };
    expect(data.language).toBe(locale);
    expect(data.offices.length).toBe(await cards(page).count());
    const csvText = await (await request.get(`/${locale}/offices.csv`)).text();
    const lines = csvText
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,name,kind,/);
    expect(lines).toHaveLength(data.offices.length + 1);
  });
}

test('the finder ships at most 70 KB of JavaScript (brotli) on Preact, and none of it is Leaflet', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/ru/offices/');
  await finderReady(page);
  await page.waitForLoadState('networkidle');
  const brotli = (buffer: Buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const files = [...new Set(scripts)].map((file) => ({ file, bytes: brotli(readFileSync(path.join(stack().distDir, file))) }));
  // Astro's island loader is inline in the page: it counts too (and so does the site's few lines for the
  // visually-impaired mode, which every page has).
  const html = readFileSync(path.join(stack().distDir, 'ru', 'offices', 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).join('\n');
  const inlineBytes = brotli(Buffer.from(inline));
  const total = files.reduce((sum, file) => sum + file.bytes, 0) + inlineBytes;
  mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
  writeFileSync(path.join(ROOT, 'reports', 'finder-weight.json'), JSON.stringify({ files, inlineBytes, totalBrotliBytes: total, budgetBytes: 70 * 1024 }, null, 2));
  console.log(`Finder island JavaScript: ${(total / 1024).toFixed(1)} KB brotli (${files.length} files + inline loader)`);
  expect(files.map((file) => file.file).filter((file) => /leaflet/i.test(file))).toEqual([]);
  // The bench's static reading of the build (scripts/lib/island-weight.ts) names exactly what the browser loaded.
  const fromBuild = islandWeight(stack().distDir, 'ru/offices/index.html');
  expect(files.map((file) => file.file).sort()).toEqual(fromBuild.eager.map((file) => file.file).sort());
  expect(fromBuild.lazy.some((file) => /leaflet/i.test(file.file))).toBe(true);
  expect(total).toBeLessThanOrEqual(70 * 1024);
});
