import { expect, test } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { asOneVisitor, post, scriptlessContext, validAppeal } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { waitForMails } from '../helpers/smtp-capture.ts';

/**
 * What visitors think, in a real browser (issue 14): «Была ли страница полезной?» answered in place with JavaScript and
 * by a page without it, no cookie either way; an answer scored by its e-mail's link without JavaScript, once; the
 * quality indicators and the surveys, in both languages.
 */
test.beforeEach(({ context }) => asOneVisitor(context));

test('ru: «Была ли страница полезной?» — «Нет» with a comment, thanked in place; no cookie is set', async ({ page, context }) => {
  await page.goto('/ru/info/feedback/');
  const form = page.locator('#page-feedback');
  await expect(form.getByRole('group', { name: ru['feedback.question'] })).toBeVisible();
  await form.getByLabel(ru['feedback.comment.label']).fill('Не нашёл, куда писать о перебоях.');
  await form.getByRole('button', { name: ru['feedback.no'], exact: true }).click();
  const message = page.locator('#page-feedback-message');
  await expect(message).toHaveText(ru['feedback.thanks']);
  await expect(message).toBeFocused();
  await expect(form).toBeHidden();
  expect(await context.cookies()).toEqual([]);
});

test('tt without JavaScript: «Әйе» is a form post, thanked by the CMS in Tatar, with the way back to the page', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  await page.goto('/tt/offices/');
  await page.locator('#page-feedback').getByRole('button', { name: tt['feedback.yes'], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['feedback.done.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'tt');
  await page.getByRole('link', { name: tt['feedback.back'] }).click();
  await expect(page).toHaveURL(/\/tt\/offices\/$/);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('without JavaScript: an answer scored by its e-mail’s link — once; the second visit says it is done', async ({ browser }) => {
  const email = `rate-ui-${Date.now()}@example.org`;
  const registered = await post(`${stack().cmsUrl}/api/intake/appeals`, validAppeal({ locale: 'tt', replyChannel: 'email', email }));
  const { number } = registered.json!.data as { number: string };
  await waitForMails(stack().mailDir, email, 1);
  const officer = await (await StrapiAdmin.login()).createUser('tes-appeals-officer', `officer-rate-${Date.now()}@example.test`);
  const { data: queue } = await officer.request<{ data: Array<{ documentId: string; number: string }> }>('GET', '/appeals-desk/appeals');
  const documentId = queue.find((item) => item.number === number)!.documentId;
  await officer.request('POST', `/appeals-desk/appeals/${documentId}/answer`, { answer: 'Исәп дөрес.', answerChannel: 'email' });
  const answer = (await waitForMails(stack().mailDir, email, 2))[1]!;
  const link = /https?:\/\/\S+\/api\/intake\/satisfaction\/[\w-]+/.exec(answer.text)![0];

  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  await page.goto(`${link}?lang=tt`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['satisfaction.title']);
  await page.getByRole('button', { name: tt['satisfaction.submit'] }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText(tt['satisfaction.error.score.required']);
  await page.getByRole('radio', { name: tt['satisfaction.field.score.option.5'] }).check();
  await page.getByLabel(tt['satisfaction.field.comment.label']).fill('Рәхмәт, аңлаешлы җавап.');
  await page.getByRole('button', { name: tt['satisfaction.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['satisfaction.done.title']);
  await page.goto(`${link}?lang=tt`);
  await expect(page.locator('.error-summary')).toContainText(tt['satisfaction.error.rated']);
  await context.close();
});

for (const [locale, s] of [
  ['ru', ru],
  ['tt', tt],
] as const) {
  test(`${locale}: the quality indicators and the surveys — tables beside every chart, hidden figures said so`, async ({ page }) => {
    await page.goto(`/${locale}/info/feedback/`);
    await page.getByRole('link', { name: s['quality.title'] }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s['quality.title']);
    await expect(page.locator('main')).toContainText(s['quality.suppressed'].split('{min}')[0]!);
    const chart = page.getByRole('img', { name: s['quality.timeliness.chart'] });
    await expect(chart).toBeVisible();
    await expect(page.getByRole('table', { name: s['quality.timeliness.table'] }).locator('tbody tr')).toHaveCount(12);
    await expect(page.getByRole('table', { name: s['quality.usage.table'] })).toBeVisible();

    await page.goto(`/${locale}/info/feedback/`);
    await page.getByRole('link', { name: s['surveys.title'] }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s['surveys.title']);
    await page.getByRole('main').getByRole('link').first().click();
    await expect(page.locator('main[data-example]')).toHaveCount(1);
    await expect(page.getByRole('img', { name: s['surveys.chart'].replace('{group}', s['surveys.group.individuals']) })).toBeVisible();
    await expect(page.getByRole('table', { name: s['surveys.table'] }).locator('tbody tr')).toHaveCount(5);
    await expect(page.getByRole('heading', { level: 2, name: s['surveys.actions'] })).toBeVisible();
  });
}
