import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { addDays } from '../../cms/src/shared/calendar';
import { formatDate } from '../../cms/src/shared/format';
import { post, validAppeal, validMeterRequest } from '../helpers/intake.ts';
import { stack } from '../helpers/stack.ts';
import { logInToAdmin, StrapiAdmin } from '../helpers/strapi-admin.ts';
import { waitForMails } from '../helpers/smtp-capture.ts';

/**
 * The appeals officer's journey in the real admin, in a real browser (issue 13): the desk's queue in words, an
 * appeal taken, extended with its reason, answered by e-mail; a request closed with a ground; every step refused or
 * done as the rules say, told to the visitor in their language (the captured e-mails, read as a person would), and
 * seen in the status lookup; the report downloaded. Content editors see none of it.
 */
test.describe.configure({ mode: 'serial' });

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
const lookUp = async (number: string, code: string) =>
  (await post(`${stack().cmsUrl}/api/intake/appeal-status`, { locale: 'ru', number, code })).json?.data as Record<string, string>;

let page: Page;
const stamp = Date.now();
const ttEmail = `desk-ui-tt-${stamp}@example.org`;
const ruEmail = `desk-ui-ru-${stamp}@example.org`;
let appeal: { number: string; accessCode: string; dueDate: string };
let request: { number: string; accessCode: string };

test.beforeAll(async ({ browser }) => {
  const registered = await post(`${stack().cmsUrl}/api/intake/appeals`, validAppeal({ locale: 'tt', replyChannel: 'email', email: ttEmail, topic: 'metering' }));
  appeal = registered.json!.data as typeof appeal;
  const meter = await post(`${stack().cmsUrl}/api/intake/requests/meter-work`, validMeterRequest({ locale: 'ru', email: ruEmail }));
  request = meter.json!.data as typeof request;
  const officer = await (await StrapiAdmin.login()).createUser('tes-appeals-officer', `officer-desk-${stamp}@example.test`);
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await logInToAdmin(page, stack().cmsUrl, officer.credentials!);
});
test.afterAll(async () => page.context().close());

async function openAppeal(number: string) {
  await page.getByRole('navigation', { name: 'Разделы рабочего места' }).getByRole('link', { name: 'Очередь' }).click();
  await page.getByRole('link', { name: `№ ${number}` }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText(`№ ${number}`);
}

test('the queue names every value in words, the most urgent first, and filters by type', async () => {
  await page.getByRole('link', { name: 'Обращения и заявки' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Обращения и заявки' })).toBeVisible();
  const row = page.locator(`tr[data-number="${appeal.number}"]`);
  await expect(row).toContainText('Зарегистрировано');
  await expect(row).toContainText('В срок');
  await expect(row).toContainText(ru['appeal.field.topic.option.metering']);
  await expect(row).toContainText(formatDate('ru', appeal.dueDate));
  // No raw stored value anywhere in the table.
  await expect(page.locator('table')).not.toContainText(/\b(registered|on-time|metering|meter-work)\b/);
  await page.getByLabel('Вид').selectOption({ label: ru['status.type.meter-work'] });
  await expect(page.locator(`tr[data-number="${request.number}"]`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page).toHaveURL(/type=meter-work/);
  await page.getByLabel('Вид').selectOption({ label: 'Все' });
});

test('an appeal taken into work, extended with its reason, answered by e-mail — the visitor told in Tatar at each step', async () => {
  await openAppeal(appeal.number);
  await page.getByRole('button', { name: 'Принять в работу' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('Рассматривается');
  const taken = (await waitForMails(stack().mailDir, ttEmail, 2))[1]!;
  expect(taken.subject).toBe(fill(tt['notice.appeal.taken.subject'], { number: appeal.number }));
  expect(taken.text).toContain(formatDate('tt', appeal.dueDate, 'dative'));
  expect(await lookUp(appeal.number, appeal.accessCode)).toMatchObject({ status: 'in-progress', dueDate: appeal.dueDate });

  // Extending without a reason is refused with the rule's message; with it, the term moves by 30 days.
  await page.getByRole('button', { name: 'Продлить срок' }).click();
  await page.getByRole('button', { name: 'Продлить на 30 дней' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'причину продления' })).toBeVisible();
  await page.getByLabel('Причина продления').fill('Запрошено заключение сетевой организации о работе счётчика.');
  await page.getByRole('button', { name: 'Продлить на 30 дней' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('Срок продлён');
  const extendedTo = addDays(appeal.dueDate, 30);
  await expect(page.locator('dl').first()).toContainText(formatDate('ru', extendedTo));
  const extended = (await waitForMails(stack().mailDir, ttEmail, 3))[2]!;
  expect(extended.subject).toBe(fill(tt['notice.appeal.extended.subject'], { number: appeal.number, date: formatDate('tt', extendedTo, 'dative') }));
  expect(extended.text).toContain('Запрошено заключение сетевой организации о работе счётчика.');
  expect(await lookUp(appeal.number, appeal.accessCode)).toMatchObject({ status: 'extended', extendedTo });

  await page.getByRole('button', { name: 'Ответить' }).click();
  await expect(page.getByLabel('Канал ответа')).toHaveValue('email');
  await page.getByLabel('Текст ответа').fill('Счётчик исправен, начисления верны.');
  await page.getByRole('button', { name: 'Записать ответ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('Дан ответ');
  const answered = (await waitForMails(stack().mailDir, ttEmail, 4))[3]!;
  expect(answered.subject).toBe(fill(tt['notice.appeal.answered.subject'], { number: appeal.number }));
  expect(answered.text).toContain('Счётчик исправен, начисления верны.');
  expect(await lookUp(appeal.number, appeal.accessCode)).toMatchObject({ status: 'answered' });

  // Finished: no more actions; the history names who did what.
  await expect(page.getByRole('button', { name: 'Ответить' })).toHaveCount(0);
  const history = page.getByRole('region', { name: 'История' });
  for (const step of ['Зарегистрировано', 'Принято в работу', 'Срок продлён', 'Дан ответ']) await expect(history).toContainText(step);
  await expect(history).toContainText('Test tes-appeals-officer');
  await expect(page.getByRole('region', { name: 'Письма заявителю' })).toContainText('Отправлено');
});

test('a request closed without an answer: the ground chosen, the visitor told in Russian', async () => {
  await openAppeal(request.number);
  await page.getByRole('button', { name: 'Закрыть без ответа' }).click();
  await page.getByLabel('Основание').selectOption({ label: 'Повторный вопрос без новых доводов (п. 77)' });
  await page.getByRole('button', { name: 'Закрыть без ответа' }).last().click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toContainText('Закрыто без ответа');
  const closed = (await waitForMails(stack().mailDir, ruEmail, 2))[1]!;
  expect(closed.subject).toBe(fill(ru['notice.request.closed.subject'], { number: request.number }));
  expect(closed.text).toContain(ru['notice.closed.repeated']);
  expect(await lookUp(request.number, request.accessCode)).toMatchObject({ type: 'meter-work', status: 'closed-no-answer' });
});

test('the clause-28 report is on the desk and downloads as CSV', async () => {
  await page.getByRole('link', { name: 'Сводный отчёт' }).click();
  await expect(page.locator('caption')).toContainText('Сводный отчёт по обращениям');
  await expect(page.locator('tfoot')).toContainText('Всего');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Месяц регистрации,Вид,Тема,Как поступило');
  expect(csv).toContain(ru['status.type.meter-work']);
});

test('content editors see no desk: no menu link, and its page answers with no data', async ({ browser }) => {
  const editor = await (await StrapiAdmin.login()).createUser('tes-content-editor', `editor-desk-${stamp}@example.test`);
  const editorPage = await (await browser.newContext()).newPage();
  await logInToAdmin(editorPage, stack().cmsUrl, editor.credentials!);
  await expect(editorPage.getByRole('link', { name: 'Обращения и заявки' })).toHaveCount(0);
  await editorPage.goto(`${stack().cmsUrl}/admin/appeals-desk`);
  await expect(editorPage.getByText(appeal.number)).toHaveCount(0);
  await editorPage.context().close();
});
