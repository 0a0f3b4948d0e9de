import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_DIR } from '../../scripts/lib/paths.ts';
import { VISION_STORAGE_KEY } from '../../site/lib/vision.ts';
import { pluralCategory, t } from '../../site/i18n/index.ts';
import { PAGE_TYPES } from '../helpers/stack.ts';

/** What axe cannot see: keyboard journeys, focus, target size, reflow, text spacing, consistent help. */

/** Tabs through the page; returns what each stop was. Fails on a trap (focus stuck) or an invisible focus. */
async function tabThrough(page: Page, maxStops = 400) {
  const stops: string[] = [];
  const keys: string[] = [];
  for (let i = 0; i < maxStops; i += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const centre = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      // Each element gets its own mark: two tables with the same caption are two stops, not one stop twice.
      const key = (element.dataset.tabStop ??= String(document.querySelectorAll('[data-tab-stop]').length));
      return {
        key,
        id: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.getAttribute('name') ?? element.textContent?.trim().slice(0, 30)}`,
        visibleFocus: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
        notObscured:
          centre === null || element.contains(centre) || centre.contains(element) || (element.tagName === 'INPUT' && element.closest('label')?.contains(centre) === true),
      };
    });
    if (info === null) return stops; // focus left the page: the end of the tab order, no trap
    expect(info.visibleFocus, `visible focus on ${info.id}`).toBe(true);
    expect(info.inViewport && info.notObscured, `${info.id} is scrolled into view and not hidden`).toBe(true);
    if (keys.length > 3 && keys.at(-1) === info.key && keys.at(-2) === info.key) throw new Error(`focus trapped on ${info.id}`);
    keys.push(info.key);
    stops.push(info.id);
  }
  throw new Error(`more than ${maxStops} tab stops: a trap?`);
}

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: every page type works by keyboard — skip link first, visible focus, no trap`, async ({ page }) => {
    for (const type of PAGE_TYPES) {
      await test.step(type || 'home', async () => {
        await page.goto(`/${locale}/${type}`);
        await page.keyboard.press('Tab');
        await expect(page.locator('.skip-link')).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(page.locator('main#main')).toBeFocused();
        await page.goto(`/${locale}/${type}`);
        const stops = await tabThrough(page);
        expect(stops[0]).toContain('#main');
        // Logical order: header controls, then navigation, then the main content, then the footer.
        const firstNav = stops.findIndex((stop) => stop.includes(`/${locale}/company/`));
        expect(firstNav).toBeGreaterThan(0);
      });
    }
  });
}

test('targets are at least 24 × 24 CSS px (2.5.8), except links inside running text of the main content', async ({ page }) => {
  for (const path of ['/ru/', '/tt/offices/', '/ru/search/', '/tt/disclosure/']) {
    await page.goto(path);
    await page.locator('details.vision > summary').click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary')]
        .filter((element) => element.offsetParent !== null)
        // The inline exception of 2.5.8: a link in a sentence, list item or table cell of the content is sized by its text.
        .filter((element) => !(element.tagName === 'A' && element.closest('main') && element.closest('p, li, td, dd, h2, h3')))
        .map((element) => ({ element: `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ element, box }) => `${element} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small, path).toEqual([]);
  }
});

for (const vision of [null, { size: '5' }]) {
  test(`reflow at 320 px: nothing scrolls sideways${vision ? ', even at the largest text size' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    if (vision) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [VISION_STORAGE_KEY, JSON.stringify(vision)] as const);
    for (const type of PAGE_TYPES) {
      for (const locale of ['ru', 'tt']) {
        await page.goto(`/${locale}/${type}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `/${locale}/${type}`).toBeLessThanOrEqual(0);
      }
    }
  });
}

test('user text-spacing overrides (1.4.12) lose nothing at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const type of ['', 'company/', 'tariffs/', 'standard/']) {
    await page.goto(`/tt/${type}`);
    await page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, type).toBeLessThanOrEqual(0);
  }
});

test('help is in the same place on every page (3.2.6): the contact centre in the footer', async ({ page }) => {
  const footers = new Set<string>();
  for (const type of PAGE_TYPES) {
    await page.goto(`/ru/${type}`);
    footers.add(await page.locator('footer').innerText());
  }
  expect(footers.size).toBe(1);
  // The number is the editors' fact (company.contactCentrePhone), as the seed gave it to Strapi.
  const phone = /^contactCentrePhone:\s*"(.+)"$/m.exec(readFileSync(path.join(CONTENT_DIR, 'ru', 'company.md'), 'utf8'))![1]!;
  expect(phone).toMatch(/800/);
  expect([...footers][0]).toContain(phone);
});

test('the visually-impaired mode: by keyboard, persists across pages, one click back to normal', async ({ page }) => {
  await page.goto('/ru/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // the panel is the first control after it
  await expect(page.locator('details.vision > summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: '200 %' }).check();
  await page.getByRole('radio', { name: 'белым по чёрному' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-vi-size', '5');
  const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(rootSize).toBe('32px');
  await page.goto('/tt/tariffs/');
  await expect(page.locator('html')).toHaveAttribute('data-vi-scheme', 'white-on-black');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
  await page.locator('details.vision > summary').click();
  await expect(page.getByRole('radio', { name: 'кара фонда ак' })).toBeChecked();
  await page.getByRole('button', { name: 'Сайтның гадәти версиясе' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-vi-scheme', /./);
  await page.goto('/ru/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('the visually-impaired mode works without JavaScript on the page at hand', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/faq/');
  await page.locator('details.vision > summary').click();
  await page.getByRole('radio', { name: 'тёмно-синим по голубому' }).check();
  // The page's own scripts are off; Playwright's evaluation still runs, so the computed style can be read.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(157, 209, 255)');
  await context.close();
});

test('the site respects the visitor’s own settings: reduced motion and forced colours keep focus visible', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce', forcedColors: 'active' });
  const page = await context.newPage();
  await page.goto('/ru/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  await context.close();
});

test('more contrast when the visitor asks for it (prefers-contrast)', async ({ browser }) => {
  const context = await browser.newContext({ contrast: 'more' });
  const page = await context.newPage();
  await page.goto('/ru/');
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
  await context.close();
});

test('the search result count is announced in a live region, with correct plurals', async ({ page }) => {
  await page.goto('/ru/search/?q=показания');
  const status = page.locator('#search-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(/^Найден[оа] \d+ страниц[аы]?$/);
  // The form agrees with the number, whatever the number (1 страница, 3 страницы, 37 страниц…).
  const count = Number(/\d+/.exec((await status.textContent())!)![0]);
  await expect(status).toHaveText(t('ru', `search.results.${pluralCategory('ru', count)}`, { count }));
  await page.goto('/tt/search/?q=күрсәткечләрен');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ бит табылды$/);
});
