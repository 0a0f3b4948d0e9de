import { expect, test } from '@playwright/test';
import { DISCLOSURE_REQUIREMENTS } from '../../site/lib/disclosure-requirements.ts';

/** The compliance map is an auditor's entry point: every requirement, its clauses, and working links to it. */

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: the compliance map lists D01–D25, and every link opens a page whose main content carries that item`, async ({ page, context }) => {
    await page.goto(`/${locale}/disclosure/`);
    await expect(page.locator('h1')).toHaveText(locale === 'ru' ? 'Раскрытие информации' : 'Мәгълүмат ачу');
    const rows = page.locator('tr[data-requirement]');
    await expect(rows).toHaveCount(DISCLOSURE_REQUIREMENTS.length);

    const links = await page
      .locator('a[data-disclosure-link]')
      .evaluateAll((anchors) => anchors.map((anchor) => ({ code: anchor.getAttribute('data-disclosure-link')!, href: anchor.getAttribute('href')! })));
    const codes = new Set(links.map((link) => link.code));
    for (const requirement of DISCLOSURE_REQUIREMENTS.filter((item) => item.code !== 'D25')) {
      expect(codes.has(requirement.code), `${requirement.code} has a link`).toBe(true);
    }
    const target = await context.newPage();
    for (const link of links) {
      expect(link.href.startsWith(`/${locale}/`), `${link.code}: ${link.href} stays in ${locale}`).toBe(true);
      const response = await target.goto(link.href);
      expect(response?.status(), link.href).toBe(200);
      const carried = (await target.locator('main').getAttribute('data-disclosures')) ?? '';
      expect(carried.split(' '), `${link.href} carries ${link.code}`).toContain(link.code);
    }

    // Every clause link lands on the clause's anchor on its section's page of the standard.
    const clauseLinks = await page.locator('td a[href*="#p-"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(clauseLinks.length).toBeGreaterThan(25);
    for (const href of new Set(clauseLinks)) {
      expect(href).toMatch(new RegExp(`^/${locale}/standard/section-[\\d-]+/#p-\\d+$`));
      await target.goto(href);
      await expect(target.locator(`[id="${href.split('#')[1]}"]`), href).toHaveCount(1);
    }
    await target.close();
  });
}

test('every content page says when it was last updated, in its language', async ({ page }) => {
  await page.goto('/ru/tariffs/');
  await expect(page.locator('main time[datetime]').last()).toHaveText(/^\d{1,2} [а-я]+ \d{4} г\.$/);
  await page.goto('/tt/tariffs/');
  await expect(page.locator('main').getByText(/Яңартылды:/)).toBeVisible();
});
