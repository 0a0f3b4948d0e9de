import { expect, test } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { CONTRACT_DOCUMENTS } from '../../cms/src/shared/contracts/contract-request.ts';
import { tinyPdf } from '../helpers/files.ts';
import { asOneVisitor, scriptlessContext } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';
import { waitForMail } from '../helpers/smtp-capture.ts';

/**
 * A contract concluded or re-registered without login (issue 12), in a real browser: reached from the disclosure
 * page, its documents listed case by case before the form, the new owner's fields shown only for re-registration,
 * an ИНН checked by its digits, the case's documents counted by the CMS; with JavaScript and without, both languages.
 */
const STRINGS = { ru, tt } as const;
const pdfs = (...names: string[]) => names.map((name) => ({ name, mimeType: 'application/pdf', buffer: tinyPdf() }));

test.beforeEach(({ context }) => asOneVisitor(context));

for (const locale of ['ru', 'tt'] as const) {
  const s = STRINGS[locale];

  test(`${locale}: an organisation concludes a contract — documents listed first, its ИНН checked, three documents counted, then the status names the type`, async ({ page }) => {
    await page.goto(`/${locale}/info/contract-legal-entities/`);
    await page.getByRole('link', { name: s['contract.title'] }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/services/contract/#documents$`));
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);

    // Both cases' documents are on the page before the form, required ones first.
    const documents = page.locator('section[aria-labelledby="documents"]');
    for (const applicant of ['individual', 'legal-entity'] as const) {
      await expect(documents.getByRole('heading', { level: 3, name: s[`contract.docs.${applicant}.title`] })).toBeVisible();
      for (const key of [...CONTRACT_DOCUMENTS[applicant].required, ...CONTRACT_DOCUMENTS[applicant].ifAny]) await expect(documents).toContainText(s[key]);
    }
    // The new owner's questions are not asked of a conclusion.
    await page.getByRole('radio', { name: s['contract.field.contractAction.option.conclude'] }).check();
    await expect(page.getByLabel(s['contract.field.ownedSince.label'])).toBeHidden();
    await page.getByRole('radio', { name: s['contract.field.contractAction.option.re-register'] }).check();
    await expect(page.getByLabel(s['contract.field.ownedSince.label'])).toBeVisible();
    await page.getByRole('radio', { name: s['contract.field.contractAction.option.conclude'] }).check();

    await page.getByLabel(s['contract.field.premisesAddress.label']).fill('Казань, ул. Техническая, 10');
    await page.getByRole('radio', { name: s['appeal.field.applicantType.option.legal-entity'] }).check();
    await page.getByLabel(s['appeal.field.name.label']).fill('ООО «Ромашка»');
    await page.getByLabel(s['contract.field.taxId.label']).fill('7707083894');
    await page.getByLabel(s['appeal.field.phone.label']).fill('8 843 000-00-00');
    await page.getByLabel(s['appeal.field.consent.label']).check();
    const input = page.getByLabel(s['appeal.field.attachments.label'], { exact: true });
    await input.setInputFiles(pdfs('приказ.pdf', 'аренда.pdf'));
    await page.getByRole('button', { name: s['contract.submit'] }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: s['contract.error.taxId.checksum'] })).toBeVisible();

    // A right ИНН, but two documents of the three: the CMS names what is missing.
    await page.getByLabel(s['contract.field.taxId.label']).fill('7707083893');
    await page.getByRole('button', { name: s['contract.submit'] }).click();
    await expect(summary.getByRole('link', { name: s['contract.error.attachments.legal-entity'] })).toBeVisible();

    await input.setInputFiles(pdfs('приказ.pdf', 'аренда.pdf', 'акт ТП.pdf'));
    await page.getByRole('button', { name: s['contract.submit'] }).click();
    const receipt = page.locator('.receipt-panel');
    await expect(receipt.getByRole('heading')).toHaveText(s['request.done.title']);
    await expect(receipt.locator('[data-receipt="files"]')).toHaveText('приказ.pdf, аренда.pdf, акт ТП.pdf');
    const number = (await receipt.locator('[data-receipt="number"]').textContent())!;
    const code = (await receipt.locator('[data-receipt="code"]').textContent())!;
    await receipt.getByRole('link', { name: s['appeal.done.status'] }).click();
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    await page.getByLabel(s['status.field.number.label']).fill(number);
    await page.getByLabel(s['status.field.code.label']).fill(code);
    await page.getByRole('button', { name: s['status.submit'] }).click();
    await expect(page.locator('[data-type="contract"]')).toHaveText(s['status.type.contract']);
    await expect(page.locator('[data-status]')).toHaveText(s['status.value.registered']);
  });
}

test('without JavaScript: a new owner re-registers in Russian — the date asked, two documents kept, the e-mail names the request', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  const { cmsUrl } = stack();
  await page.goto('/ru/services/contract/');
  await page.getByRole('radio', { name: ru['contract.field.contractAction.option.re-register'] }).check();
  await page.getByLabel(ru['contract.field.premisesAddress.label']).fill('Казань, ул. Баумана, 1, кв. 5');
  await page.getByLabel(ru['appeal.field.name.label']).fill('Хасанова Гульнара Ильдаровна');
  await page.getByLabel(ru['appeal.field.phone.label']).fill('8 917 123-45-67');
  const email = `contract-${Date.now()}@example.org`;
  await page.getByLabel(ru['appeal.field.email.label']).fill(email);
  await page.getByLabel(ru['appeal.field.consent.label']).check();
  await page.getByLabel(ru['appeal.field.attachments.label'], { exact: true }).setInputFiles(pdfs('паспорт.pdf', 'выписка ЕГРН.pdf'));
  await page.getByRole('button', { name: ru['contract.submit'] }).click();

  // The CMS answers with the form again: a new owner says since when; the documents are to be chosen again.
  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/requests/contract`));
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: ru['contract.error.ownedSince.required'] })).toBeVisible();
  await expect(page.getByLabel(ru['contract.field.premisesAddress.label'])).toHaveValue('Казань, ул. Баумана, 1, кв. 5');

  await page.getByLabel(ru['contract.field.ownedSince.label']).fill('01.10.2026');
  await page.getByLabel(ru['contract.field.transferReading.label']).fill('день 12345, ночь 6789');
  await page.getByLabel(ru['appeal.field.attachments.label'], { exact: true }).setInputFiles(pdfs('паспорт.pdf', 'выписка ЕГРН.pdf'));
  await page.getByLabel(ru['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: ru['contract.submit'] }).click();
  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/receipt\\?`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru['request.done.title']);
  await expect(page.locator('[data-receipt="files"]')).toHaveText('паспорт.pdf, выписка ЕГРН.pdf');
  const number = (await page.locator('dl.receipt strong').textContent())!;
  const mail = await waitForMail(stack().mailDir, email);
  expect(mail.language).toBe('ru');
  expect(mail.subject).toBe(ru['request.email.subject'].replace('{number}', number));
  expect(mail.text).toContain(ru['contract.email.body']);
  await context.close();
});
