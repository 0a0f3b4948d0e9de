import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseJsonFeed } from 'feedsmith';
import ICAL from 'ical.js';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { publishStatus, waitForBuild } from '../helpers/publish.ts';
import { asOneVisitor, scriptlessContext } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { waitForMails } from '../helpers/smtp-capture.ts';

/**
 * Supply interruptions on the built site (issue 15), in both languages, with JavaScript and without: an emergency
 * published by an editor shows on the home page's banner, in «Сейчас», on its municipality's page with its streets,
 * in the feeds (parsed by kept parsers: Atom by @rowanmanning/feed-parser, JSON Feed by feedsmith, iCalendar by
 * ical.js); the street search; «Сообщить об отключении»; the subscription without JavaScript; and, restored, it moves
 * to the archive.
 */
test.describe.configure({ mode: 'serial' });
test.beforeEach(({ context }) => asOneVisitor(context));

const NOTICE = 'api::supply-notice.supply-notice';
const slug = `kazan-emergency-${Date.now()}`;
const hours = (offset: number) => new Date(Date.now() + offset * 3_600_000).toISOString();
let editor: StrapiAdmin;
let documentId: string;

async function publishBoth() {
  const before = (await publishStatus()).builds;
  await editor.publish(NOTICE, documentId, 'ru');
  await editor.publish(NOTICE, documentId, 'tt');
  await waitForBuild(before);
  // Two publishes may make two builds: wait for the last.
  await expect.poll(async () => (await publishStatus()).state, { timeout: 60_000 }).toBe('live');
}

test.beforeAll(async () => {
  editor = await (await StrapiAdmin.login()).createUser('tes-content-editor', `editor-outages-${Date.now()}@example.test`);
  documentId = await editor.createDraft(NOTICE, {
    slug,
    title: 'Аварийное отключение в Казани, ул. Баумана',
    kind: 'emergency',
    municipality: 'kazan',
    settlement: 'г. Казань',
    streets: [{ street: 'ул. Баумана', houses: '1–15' }, { street: 'ул. Профсоюзная' }],
    startsAt: hours(-1),
    restoreBy: hours(3),
    cause: 'Повреждение кабельной линии.',
    gridOrganisation: 'Сетевая организация (проверка)',
    gridPhone: '+7 (843) 111-22-33',
    disclosures: [{ code: 'D22' }],
    source: 'test',
    isExample: true,
  });
  await editor.saveLocale(NOTICE, documentId, 'tt', {
    title: 'Казанда авария аркасында сүндерү, Баумана урамы',
    settlement: 'Казан шәһәре',
    streets: [{ street: 'Баумана урамы', houses: '1–15' }, { street: 'Профсоюзная урамы' }],
    cause: 'Кабель линиясе бозылган.',
    gridOrganisation: 'Челтәр оешмасы (тикшерү)',
  });
  await publishBoth();
});

for (const [locale, s] of [
  ['ru', ru],
  ['tt', tt],
] as const) {
  test(`${locale}: an emergency is on the home page’s banner, first under «${s['outages.current']}», and on its municipality’s page with its streets`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const banner = page.getByRole('region', { name: s['outages.banner.title'] });
    await expect(banner).toBeVisible();
    await banner.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/outages/kazan/#${slug}$`));
    await expect(page.locator(`#${slug}`)).toContainText(s['outages.kind.emergency']);
    await expect(page.locator(`#${slug}`)).toContainText('+7 (843) 111-22-33');
    await expect(page.locator('section[data-state="current"]').locator(`#${slug}`)).toHaveCount(1);
    // Without JavaScript, the municipality's page lists the streets affected.
    await expect(page.getByRole('main')).toContainText(locale === 'ru' ? 'ул. Баумана' : 'Баумана урамы');
    await page.goto(`/${locale}/outages/`);
    await expect(page.locator('section[data-state="current"] li.outage').first()).toHaveAttribute('id', slug);
  });
}

test('ru: the street search leaves only the notices of that street, and says how many', async ({ page }) => {
  await page.goto('/ru/outages/');
  const search = page.getByRole('main').getByRole('search');
  await search.getByLabel(ru['outages.search.label']).fill('баум');
  await expect(page.locator(`#${slug}`)).toBeVisible();
  await expect(page.locator('li.outage:visible')).toHaveCount(1);
  await expect(page.locator('#street-search-count')).toHaveText(ru['outages.search.count'].replace('{count}', '1'));
  await search.getByLabel(ru['outages.search.label']).fill('несуществующая');
  await expect(page.locator('li.outage:visible')).toHaveCount(0);
});

test('tt without JavaScript: no search box that cannot work; the municipality pages list the streets instead', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  await page.goto('/tt/outages/');
  await expect(page.getByRole('main').getByRole('search')).toHaveCount(0);
  await page.getByRole('link', { name: 'Казан шәһәре' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['outages.municipality.title'].replace('{municipality}', 'Казан шәһәре'));
  await expect(page.getByRole('main')).toContainText('Профсоюзная урамы');
  await context.close();
});

test('the feeds are valid by their specifications, in both languages, per municipality too', async ({ request }) => {
  for (const locale of ['ru', 'tt'] as const) {
    const atom = await request.get(`/${locale}/outages/feed.atom`);
    expect(atom.headers()['content-type']).toContain('atom');
    const feed = parseFeed(await atom.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(locale);
    const entry = feed.items.find((item) => item.url?.endsWith(`#${slug}`));
    expect(entry?.title).toBe(locale === 'ru' ? 'Аварийное отключение в Казани, ул. Баумана' : 'Казанда авария аркасында сүндерү, Баумана урамы');

    const json = parseJsonFeed(JSON.parse(await (await request.get(`/${locale}/outages/kazan/feed.json`)).text()));
    expect(json.title).toContain(locale === 'ru' ? 'г. Казань' : 'Казан шәһәре');
    const item = json.items!.find((candidate) => candidate.id?.endsWith(`#${slug}`))!;
    expect(item.content_text).toContain('+7 (843) 111-22-33');
    // JSON Feed 1.1 requires version, title and items with an id and a content.
    expect(JSON.parse(await (await request.get(`/${locale}/outages/feed.json`)).text())).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: expect.any(String) });

    // The planned works' calendar: the seeded example is planned in Kazan.
    const calendar = new ICAL.Component(ICAL.parse(await (await request.get(`/${locale}/outages/kazan/planned.ics`)).text()));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    for (const event of events) expect(event.endDate.compare(event.startDate)).toBe(1);
    expect(events.every((event) => event.summary.length > 0)).toBe(true);
  }
});

test('a feed reader given a page finds its feeds: Atom and JSON Feed announced in <head>, and they answer', async ({ page, request }) => {
  await page.goto('/tt/outages/kazan/');
  const announced = page.locator('head link[rel="alternate"][type="application/atom+xml"], head link[rel="alternate"][type="application/feed+json"]');
  await expect(announced).toHaveCount(2);
  for (const href of await announced.evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))) {
    expect(href).toContain('/tt/outages/kazan/');
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('«Сообщить об отключении»: the grid organisation’s emergency phone first, then the appeal with its topic chosen — with and without JavaScript', async ({ page, browser }) => {
  await page.goto('/ru/outages/');
  await page.getByRole('link', { name: ru['outages.report.link'] }).first().click();
  const phones = page.getByRole('main').getByRole('link', { name: '+7 (843) 111-22-33' });
  await expect(phones).toBeVisible();
  await expect(page.getByRole('radio', { name: ru['appeal.field.topic.option.supply'] })).toBeChecked();
  const context = await scriptlessContext(browser);
  const bare = await context.newPage();
  await bare.goto('/tt/outages/report/');
  await expect(bare.getByRole('radio', { name: tt['appeal.field.topic.option.supply'] })).toBeChecked();
  await context.close();
});

test('tt without JavaScript: subscribing to a municipality — the CMS asks to check the mail, the link’s button confirms', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  const email = `subscribe-ui-${Date.now()}@example.org`;
  await page.goto('/tt/outages/kukmor/');
  await expect(page.getByLabel(tt['subscribe.field.municipality.label'])).toHaveValue('kukmor');
  await page.getByLabel(tt['subscribe.field.email.label']).fill(email);
  await page.getByLabel(tt['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: tt['subscribe.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['subscribe.sent.title']);
  const [mail] = await waitForMails(stack().mailDir, email, 1);
  expect(mail!.language).toBe('tt');
  const link = /https?:\/\/\S+\/api\/intake\/outage-subscriptions\/confirm\/[\w-]+/.exec(mail!.text)![0];
  await page.goto(`${link}?lang=tt`);
  await page.getByRole('button', { name: tt['subscribe.confirm.button'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['subscribe.confirmed.title']);
  await context.close();
});

test('restored: the banner is gone and the notice is in the archive, saying when supply came back', async ({ page }: { page: Page }) => {
  await editor.saveLocale(NOTICE, documentId, 'ru', { restoredAt: hours(0) });
  await publishBoth();
  await page.goto('/ru/');
  await expect(page.getByRole('region', { name: ru['outages.banner.title'] })).toHaveCount(0);
  await page.goto('/ru/outages/kazan/');
  const card = page.locator('section[data-state="over"]').locator(`#${slug}`);
  await expect(card).toContainText(ru['outages.restored'].split(':')[0]!);
  expect(readFileSync(`${stack().distDir}/ru/outages/kazan/index.html`, 'utf8')).toContain(slug);
});
