import { expect, test, type Page } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { photoWithGps, renamedExe, tinyPdf } from '../helpers/files.ts';
import { asOneVisitor, scriptlessContext } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';

/**
 * Documents in a real browser, in both languages, with JavaScript and without: the limits stated before a file is
 * chosen, each refused file named in the summary and at the field, the accepted ones listed on the receipt.
 */
const STRINGS = { ru, tt } as const;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);

test.beforeEach(({ context }) => asOneVisitor(context));

async function fillAppeal(page: Page, s: Record<keyof typeof ru, string>) {
  await page.getByLabel(s['appeal.field.name.label']).fill('Сафина Гөлнара');
  await page.getByLabel(s['appeal.field.accountNumber.label']).fill('1234567890');
  await page.getByRole('radio', { name: s['appeal.field.replyChannel.option.phone'] }).check();
  await page.getByLabel(s['appeal.field.phone.label']).fill('8 917 123-45-67');
  await page.getByRole('radio', { name: s['appeal.field.topic.option.billing'] }).check();
  await page.getByLabel(s['appeal.field.text.label']).fill('Прошу пересчитать начисления: квитанция и фото счётчика приложены.');
  await page.getByLabel(s['appeal.field.consent.label']).check();
}

for (const locale of ['ru', 'tt'] as const) {
  const s = STRINGS[locale];

  test(`${locale}: an appeal with documents — limits said first, a program named .pdf refused by name, then registered with both files`, async ({ page }) => {
    await page.goto(`/${locale}/appeal/`);
    await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
    const input = page.getByLabel(s['appeal.field.attachments.label']);
    // The limits, before anything is chosen, in the input's description.
    await expect(input).toHaveAccessibleDescription(fill(s['appeal.field.attachments.hint'], { maxFiles: '5', maxFileSize: '10 МБ' }));
    await fillAppeal(page, s);

    // Six files: the browser names the sixth at once, uploading nothing.
    const six = Array.from({ length: 6 }, (_, index) => ({ name: `скан-${index + 1}.pdf`, mimeType: 'application/pdf', buffer: tinyPdf() }));
    await input.setInputFiles(six);
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('listitem')).toHaveCount(1);
    await expect(summary).toContainText(fill(s['appeal.error.attachments.tooMany'], { name: 'скан-6.pdf', maxFiles: '5' }));

    // A program renamed .pdf passes the browser; the CMS reads its bytes and names it.
    await input.setInputFiles([
      { name: 'договор.pdf', mimeType: 'application/pdf', buffer: renamedExe() },
      { name: 'квитанция.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
    ]);
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    await expect(summary.getByRole('link', { name: fill(s['appeal.error.attachments.type'], { name: 'договор.pdf' }) })).toBeVisible();
    await expect(summary.getByRole('listitem')).toHaveCount(1);
    await expect(page.locator('#appeal-attachments-error')).toContainText('договор.pdf');
    await summary.getByRole('link').first().click();
    await expect(input).toBeFocused();

    await input.setInputFiles([
      { name: 'квитанция.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
      { name: 'счётчик.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps() },
    ]);
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    const receipt = page.locator('.receipt-panel');
    await expect(receipt.getByRole('heading')).toHaveText(s['appeal.done.title']);
    await expect(receipt.locator('[data-receipt="files"]')).toHaveText('квитанция.pdf, счётчик.jpg');
  });
}

test('without JavaScript: a meter replacement in Tatar with the meter’s photo — a refused file named, the others asked again; then registered', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  const { cmsUrl } = stack();
  await page.goto('/tt/services/meter-work/');
  await page.getByRole('radio', { name: tt['meter.field.meterWork.option.replace'] }).check();
  await page.getByLabel(tt['request.field.premisesAddress.label']).fill('Арча, Тукай урамы, 5');
  await page.getByLabel(tt['appeal.field.name.label']).fill('Гарипов Әнвәр');
  await page.getByLabel(tt['appeal.field.accountNumber.label']).fill('1234567890');
  await page.getByLabel(tt['appeal.field.phone.label']).fill('8 917 123-45-67');
  await page.getByLabel(tt['appeal.field.consent.label']).check();
  const input = page.getByLabel(tt['appeal.field.attachments.label']);
  await input.setInputFiles([
    { name: 'исәпләгеч.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps() },
    { name: 'setup.pdf', mimeType: 'application/pdf', buffer: renamedExe() },
  ]);
  await page.getByRole('button', { name: tt['meter.submit'] }).click();

  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/requests/meter-work`));
  await expect(page).toHaveTitle(/^Хата: /);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: fill(tt['appeal.error.attachments.type'], { name: 'setup.pdf' }) })).toBeVisible();
  await expect(summary.getByRole('link', { name: fill(tt['appeal.error.attachments.again'], { name: 'исәпләгеч.jpg' }) })).toBeVisible();
  await expect(page.getByLabel(tt['appeal.field.name.label'])).toHaveValue('Гарипов Әнвәр');

  await page.getByLabel(tt['appeal.field.attachments.label']).setInputFiles([{ name: 'исәпләгеч.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps() }]);
  await page.getByLabel(tt['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: tt['meter.submit'] }).click();
  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/receipt\\?`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['request.done.title']);
  await expect(page.locator('[data-receipt="files"]')).toHaveText('исәпләгеч.jpg');
  await context.close();
});
