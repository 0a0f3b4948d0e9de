import { expect, test, type Page } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { fill } from '../../cms/src/shared/format.ts';
import { asOneVisitor, scriptlessContext } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';
import { waitForMail } from '../helpers/smtp-capture.ts';

/**
 * The forms in a real browser, in both languages: an appeal with errors, fixed, submitted, then looked up by its
 * number and code; meter readings; and the same journeys with JavaScript off, answered by the CMS's own pages.
 */
const STRINGS = { ru, tt } as const;

// Each test speaks to the intake from its own client address (the test Strapi trusts X-Forwarded-For), so the
// per-address rate limits count each journey as one visitor's, not the whole run's.
test.beforeEach(({ context }) => asOneVisitor(context));

/** React has taken over the server-rendered form (cms/src/shared/forms/IntakeForm.tsx marks it). */
async function hydrated(page: Page) {
  await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
}

for (const locale of ['ru', 'tt'] as const) {
  const s = STRINGS[locale];

  test(`${locale}: an appeal with errors, fixed, submitted, then its status looked up by number and code`, async ({ page }) => {
    await page.goto(`/${locale}/appeal/`);
    await hydrated(page);
    const title = await page.title();

    // Nothing filled in: the summary takes focus, lists every problem, and the title says there is an error.
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(s['form.summary.title']);
    await expect(page).toHaveTitle(`${s['form.errorPrefix']} ${title}`);
    for (const key of [
      'appeal.error.name.required',
      'appeal.error.email.required',
      'appeal.error.topic.required',
      'appeal.error.text.required',
      'appeal.error.consent.required',
    ] as const) {
      await expect(summary.getByRole('link', { name: s[key] })).toBeVisible();
    }
    // Each message is also at its field, and the summary's link takes the visitor there.
    await expect(page.locator('#appeal-name-error')).toContainText(s['appeal.error.name.required']);
    await summary.getByRole('link', { name: s['appeal.error.name.required'] }).click();
    await expect(page.locator('#appeal-name')).toBeFocused();
    await expect(page.locator('#appeal-name')).toHaveAttribute('aria-invalid', 'true');

    // Fixed, except a malformed e-mail: only that one is left.
    await page.getByLabel(s['appeal.field.name.label']).fill(locale === 'tt' ? 'Хәйруллина Әлфия Фәрит кызы' : 'Иванова Мария Петровна');
    await page.getByLabel(s['appeal.field.accountNumber.label']).fill('1234567890');
    await page.getByLabel(s['appeal.field.email.label']).fill('alfiya@');
    await page.getByRole('radio', { name: s['appeal.field.topic.option.billing'] }).check();
    await page
      .getByLabel(s['appeal.field.text.label'])
      .fill(
        locale === 'tt'
          ? 'Октябрь өчен исәпләмәне яңадан карагыз: күрсәткечләр вакытында тапшырылды.'
          : 'Прошу пересчитать начисления за октябрь: показания были переданы вовремя.',
      );
    await page.getByLabel(s['appeal.field.consent.label']).check();
    await page.getByRole('button', { name: s['appeal.submit'] }).click();
    await expect(summary.getByRole('listitem')).toHaveCount(1);
    await expect(summary).toContainText(s['appeal.error.email.invalid']);

    await page.getByLabel(s['appeal.field.email.label']).fill(`alfiya.${locale}.${Date.now()}@example.test`);
    await page.getByRole('button', { name: s['appeal.submit'] }).click();

    const receipt = page.locator('.receipt-panel');
    await expect(receipt.getByRole('heading')).toHaveText(s['appeal.done.title']);
    await expect(page).toHaveTitle(title);
    const number = (await receipt.locator('[data-receipt="number"]').textContent())!;
    const code = (await receipt.locator('[data-receipt="code"]').textContent())!;
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

    await receipt.getByRole('link', { name: s['appeal.done.status'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/appeal/status/$`));
    await hydrated(page);
    await page.getByLabel(s['status.field.number.label']).fill(number);
    await page.getByLabel(s['status.field.code.label']).fill('AAAA-AAAA');
    await page.getByRole('button', { name: s['status.submit'] }).click();
    await expect(page.locator('.error-summary')).toContainText(s['status.error.notFound']);
    await page.getByLabel(s['status.field.code.label']).fill(code.toLowerCase());
    await page.getByRole('button', { name: s['status.submit'] }).click();
    await expect(page.locator('[data-status]')).toHaveText(s['status.value.registered']);
    // The status and nothing else: no name, no text of the appeal.
    await expect(page.locator('main')).not.toContainText(locale === 'tt' ? 'Хәйруллина' : 'Иванова');
  });

  test(`${locale}: meter readings — the deadline and other channels stated, the meter's zones, a confirmation number`, async ({ page }) => {
    await page.goto(`/${locale}/readings/`);
    await hydrated(page);
    await expect(page.locator('main')).toContainText(fill(s['readings.deadline'], { readingsDueDay: '25' }));
    await expect(page.getByRole('link', { name: s['readings.channelsLink'] })).toHaveAttribute('href', `/${locale}/info/meter-readings/`);

    await page.getByLabel(s['readings.field.accountNumber.label']).fill('1234567890');
    await page.getByRole('radio', { name: s['readings.field.meterZones.option.three-zone'] }).check();
    await expect(page.getByLabel(s['readings.field.reading.label'], { exact: true })).toBeHidden();
    await page.getByLabel(s['readings.field.readingPeak.label']).fill('1200');
    await page.getByLabel(s['readings.field.readingNight.label']).fill('800,5');
    await page.getByRole('button', { name: s['readings.submit'] }).click();
    await expect(page.locator('.error-summary')).toContainText(s['readings.error.readingSemiPeak.required']);
    await page.getByLabel(s['readings.field.readingSemiPeak.label']).fill('950');
    await page.getByRole('button', { name: s['readings.submit'] }).click();
    const receipt = page.locator('.receipt-panel');
    await expect(receipt.getByRole('heading')).toHaveText(s['readings.done.title']);
    await expect(receipt.locator('[data-receipt="number"]')).toHaveText(/^\d{4}-R\d{6}$/);
    await expect(receipt).toContainText('800.5');
  });
}

test('without JavaScript: an appeal with errors comes back with the errors and the values kept; fixed, it is registered', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  const { cmsUrl } = stack();
  await page.goto('/tt/appeal/');
  await page.getByLabel(tt['appeal.field.name.label']).fill('Галиев Рөстәм');
  await page.getByRole('radio', { name: tt['appeal.field.applicantType.option.legal-entity'] }).check();
  // CSS alone swaps the account number for the contract number.
  await expect(page.getByLabel(tt['appeal.field.accountNumber.label'])).toBeHidden();
  await page.getByLabel(tt['appeal.field.contractNumber.label']).fill('16/0001-Э');
  await page.getByRole('radio', { name: tt['appeal.field.replyChannel.option.phone'] }).check();
  await page.getByRole('button', { name: tt['appeal.submit'] }).click();

  // The CMS answers with the form again, in Tatar, with what to fix.
  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/appeals`));
  await expect(page).toHaveTitle(/^Хата: /);
  await expect(page.locator('html')).toHaveAttribute('lang', 'tt');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  for (const key of ['appeal.error.phone.required', 'appeal.error.topic.required', 'appeal.error.text.required', 'appeal.error.consent.required'] as const) {
    await expect(summary.getByRole('link', { name: tt[key] })).toBeVisible();
  }
  await expect(page.getByLabel(tt['appeal.field.name.label'])).toHaveValue('Галиев Рөстәм');
  await expect(page.getByLabel(tt['appeal.field.contractNumber.label'])).toHaveValue('16/0001-Э');

  await page.getByLabel(tt['appeal.field.phone.label']).fill('8 843 000-00-00');
  await page.getByRole('radio', { name: tt['appeal.field.topic.option.supply'] }).check();
  await page.getByLabel(tt['appeal.field.text.label']).fill('Урамда ике көн инде ут юк, зинһар, тикшерегез.');
  await page.getByLabel(tt['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: tt['appeal.submit'] }).click();

  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/receipt\\?`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['appeal.done.title']);
  const number = (await page.locator('dl.receipt strong').textContent())!;
  const code = (await page.locator('dl.receipt .code').textContent())!;
  expect(number).toMatch(/^\d{4}-\d{6}$/);

  // The status page works without JavaScript too.
  await page.getByRole('link', { name: tt['appeal.done.status'] }).click();
  await expect(page).toHaveURL(/\/tt\/appeal\/status\/$/);
  await page.getByLabel(tt['status.field.number.label']).fill(number);
  await page.getByLabel(tt['status.field.code.label']).fill(code);
  await page.getByRole('button', { name: tt['status.submit'] }).click();
  await expect(page.locator('main')).toContainText(tt['status.value.registered']);
  await context.close();
});

for (const locale of ['ru', 'tt'] as const) {
  const s = STRINGS[locale];

  test(`${locale}: a meter replacement requested without login — errors named, then a number, a code and its type in the status`, async ({ page }) => {
    await page.goto(`/${locale}/readings/`);
    await page.getByRole('link', { name: s['meter.link'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/services/meter-work/$`));
    await hydrated(page);
    await page.getByRole('button', { name: s['meter.submit'] }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    for (const key of ['meter.error.meterWork.required', 'request.error.premisesAddress.required', 'request.error.accountNumber.required', 'request.error.phone.required'] as const)
      await expect(summary.getByRole('link', { name: s[key] })).toBeVisible();

    await page.getByRole('radio', { name: s['meter.field.meterWork.option.replace'] }).check();
    await page.getByLabel(s['request.field.premisesAddress.label']).fill('Арча, Тукай урамы, 5');
    await page.getByLabel(s['appeal.field.name.label']).fill('Гарипов Әнвәр');
    await page.getByLabel(s['appeal.field.accountNumber.label']).fill('1234567890');
    await page.getByLabel(s['appeal.field.phone.label']).fill('8 917 123-45-67');
    await page.getByLabel(s['meter.field.preferredFrom.label']).fill('2020-01-01');
    await page.getByLabel(s['appeal.field.consent.label']).check();
    await page.getByRole('button', { name: s['meter.submit'] }).click();
    await expect(summary.getByRole('link', { name: s['meter.error.preferredFrom.past'] })).toBeVisible();
    await page.getByLabel(s['meter.field.preferredFrom.label']).fill('');
    await page.getByRole('button', { name: s['meter.submit'] }).click();

    const receipt = page.locator('.receipt-panel');
    await expect(receipt.getByRole('heading')).toHaveText(s['request.done.title']);
    const number = (await receipt.locator('[data-receipt="number"]').textContent())!;
    const code = (await receipt.locator('[data-receipt="code"]').textContent())!;
    expect(number).toMatch(/^\d{4}-\d{6}$/);
    await receipt.getByRole('link', { name: s['appeal.done.status'] }).click();
    await hydrated(page);
    await page.getByLabel(s['status.field.number.label']).fill(number);
    await page.getByLabel(s['status.field.code.label']).fill(code);
    await page.getByRole('button', { name: s['status.submit'] }).click();
    await expect(page.locator('[data-type="meter-work"]')).toHaveText(s['status.type.meter-work']);
    await expect(page.locator('[data-status]')).toHaveText(s['status.value.registered']);
    // The due day, as the receipt gave it: the answer is awaited by then.
    await expect(page.locator('[data-due]')).toContainText(locale === 'ru' ? 'Ответ — не позднее' : 'кадәр');
  });
}

test('without JavaScript: a meter verification for an organisation is registered, and the e-mail names it', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  const { cmsUrl } = stack();
  await page.goto('/tt/services/meter-work/');
  await page.getByRole('radio', { name: tt['meter.field.meterWork.option.verify'] }).check();
  await page.getByLabel(tt['request.field.premisesAddress.label']).fill('Казан, Баумана урамы, 1');
  await page.getByRole('radio', { name: tt['appeal.field.applicantType.option.legal-entity'] }).check();
  await page.getByLabel(tt['appeal.field.name.label']).fill('«Ромашка» ҖЧҖ');
  await page.getByLabel(tt['appeal.field.phone.label']).fill('8 843 000-00-00');
  const email = `meter-${Date.now()}@example.org`;
  await page.getByLabel(tt['appeal.field.email.label']).fill(email);
  await page.getByLabel(tt['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: tt['meter.submit'] }).click();
  // The CMS answers with the form again: an organisation needs its contract number.
  await expect(page).toHaveURL(new RegExp(`^${cmsUrl}/api/intake/requests/meter-work`));
  await expect(page).toHaveTitle(/^Хата: /);
  await expect(page.locator('.error-summary')).toContainText(tt['request.error.contractNumber.required']);
  await expect(page.getByLabel(tt['request.field.premisesAddress.label'])).toHaveValue('Казан, Баумана урамы, 1');
  await page.getByLabel(tt['appeal.field.contractNumber.label']).fill('16-0001');
  await page.getByRole('button', { name: tt['meter.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['request.done.title']);
  const number = (await page.locator('dl.receipt strong').textContent())!;
  const mail = await waitForMail(stack().mailDir, email);
  expect(mail.language).toBe('tt');
  expect(mail.subject).toBe(tt['request.email.subject'].replace('{number}', number));
  expect(mail.text).toContain(tt['meter.email.body']);
  await context.close();
});

for (const locale of ['ru', 'tt'] as const) {
  test(`${locale}: the requests without login are one step from the pages that need them, each with its term before the form`, async ({ page }) => {
    const s = STRINGS[locale];
    await page.goto(`/${locale}/appeal/`);
    await page.getByRole('link', { name: s['services.link'] }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s['services.title']);
    for (const id of ['meter', 'ebill', 'tariffvariant', 'benefit', 'contract'] as const) {
      await page.getByRole('link', { name: s[`${id}.title`] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s[`${id}.title`]);
      await expect(page.locator('main .notice')).toContainText(s['request.deadline'].replace('{days}', '30'));
      await page.goBack();
    }
    await page.goto(`/${locale}/payment/`);
    await expect(page.getByRole('link', { name: s['ebill.link'] })).toHaveAttribute('href', `/${locale}/services/e-bill/`);
    await page.goto(`/${locale}/tariffs/`);
    await expect(page.getByRole('link', { name: s['tariffvariant.link'] })).toHaveAttribute('href', `/${locale}/services/tariff-variant/`);
    await expect(page.getByRole('link', { name: s['benefit.link'] })).toHaveAttribute('href', `/${locale}/services/tariff-benefit/`);
  });
}

test('ru: a two-zone tariff asked for with a single-rate meter is refused with the way on; with a three-zone meter it is registered', async ({ page }) => {
  await page.goto('/ru/services/tariff-variant/');
  await hydrated(page);
  await expect(page.getByRole('link', { name: ru['meter.link'] })).toHaveAttribute('href', '/ru/services/meter-work/');
  await page.getByRole('radio', { name: ru['tariffvariant.field.tariffVariant.option.day-night'] }).check();
  await page.getByLabel(ru['request.field.premisesAddress.label']).fill('Казань, ул. Баумана, 1');
  await page.getByLabel(ru['appeal.field.name.label']).fill('Сафина Алсу');
  await page.getByLabel(ru['appeal.field.accountNumber.label']).fill('1234567890');
  await page.getByLabel(ru['appeal.field.phone.label']).fill('89171234567');
  await page.getByLabel(ru['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: ru['tariffvariant.submit'] }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText(ru['tariffvariant.error.tariffVariant.needsMeter']);
  await page.getByRole('radio', { name: ru['readings.field.meterZones.option.three-zone'] }).check();
  await page.getByRole('button', { name: ru['tariffvariant.submit'] }).click();
  await expect(page.locator('.receipt-panel').getByRole('heading')).toHaveText(ru['request.done.title']);
});

test('without JavaScript: the bill by e-mail, asked in Tatar, is registered and confirmed at that address', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  await page.goto('/tt/services/e-bill/');
  await page.getByLabel(tt['appeal.field.name.label']).fill('Сафина Алсу');
  await page.getByLabel(tt['appeal.field.accountNumber.label']).fill('1234567890');
  await page.getByLabel(tt['appeal.field.consent.label']).check();
  await page.getByRole('button', { name: tt['ebill.submit'] }).click();
  await expect(page.locator('.error-summary')).toContainText(tt['request.error.email.required']);
  const email = `ebill-${Date.now()}@example.org`;
  await page.getByLabel(tt['ebill.field.email.label']).fill(email);
  await page.getByRole('button', { name: tt['ebill.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tt['request.done.title']);
  const mail = await waitForMail(stack().mailDir, email);
  expect(mail.text).toContain(tt['ebill.email.body']);
  await context.close();
});

test('without JavaScript: meter readings for a day/night meter are accepted and confirmed', async ({ browser }) => {
  const context = await scriptlessContext(browser);
  const page = await context.newPage();
  await page.goto('/ru/readings/');
  await page.getByLabel(ru['readings.field.accountNumber.label']).fill('1234567890');
  await page.getByRole('radio', { name: ru['readings.field.meterZones.option.day-night'] }).check();
  await page.getByLabel(ru['readings.field.readingDay.label']).fill('4321');
  await page.getByLabel(ru['readings.field.readingNight.label']).fill('1234');
  await page.getByRole('button', { name: ru['readings.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru['readings.done.title']);
  await expect(page.locator('dl.receipt')).toContainText(/\d{4}-R\d{6}/);
  await expect(page.locator('dl.receipt')).toContainText('4321');
  await context.close();
});
