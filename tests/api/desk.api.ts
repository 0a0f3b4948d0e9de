import { expect, test } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { addDays, moscowDate } from '../../cms/src/shared/calendar';
import { formatDate } from '../../cms/src/shared/format';
import { databases, post, validAppeal, validRequests } from '../helpers/intake.ts';
import { formFields, multipart, tinyPdf, upload } from '../helpers/files.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { stack } from '../helpers/stack.ts';
import { mailsTo, waitForMails } from '../helpers/smtp-capture.ts';

/**
 * The appeal's lifecycle through the desk's admin routes, on SQLite and PostgreSQL: each step checked by the status
 * rules, written to the history, and told to the visitor by e-mail in their language — once; the status lookup after
 * each step; who may use the desk; the clause-28 report in CSV and XLSX.
 */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);

interface Detail {
  appeal: Record<string, unknown> & { appealStatus: string; due: string; deadline: string };
  history: Array<{ action: string; actor: string | null; detail: string | null }>;
  messages: Array<{ event: string; sentAt: string | null }>;
}

for (const name of ['SQLite', 'PostgreSQL'] as const) {
  test.describe(`${name}: the appeals desk`, () => {
    const target = () => databases().find((db) => db.name === name)!;
    let officer: StrapiAdmin;
    let editor: StrapiAdmin;

    test.beforeAll(async () => {
      const superAdmin = await StrapiAdmin.login(target());
      const stamp = `${name.toLowerCase()}-desk-${Date.now()}`;
      officer = await superAdmin.createUser('tes-appeals-officer', `officer-${stamp}@example.test`);
      editor = await superAdmin.createUser('tes-content-editor', `editor-${stamp}@example.test`);
    });

    const register = async (body: Record<string, unknown>, path = 'appeals') => {
      const response = await post(`${target().cmsUrl}/api/intake/${path}`, body);
      expect(response.status, response.text).toBe(201);
      return response.json!.data as { number: string; accessCode: string; dueDate: string };
    };
    const documentIdOf = async (number: string) => {
      const { data } = await officer.request<{ data: Array<{ documentId: string; number: string }> }>('GET', '/appeals-desk/appeals?final=1');
      return data.find((item) => item.number === number)!.documentId;
    };
    const act = (documentId: string, action: string, body: object = {}) => officer.raw('POST', `/appeals-desk/appeals/${documentId}/${action}`, body);
    const lookUp = async (number: string, code: string, locale = 'ru') => (await post(`${target().cmsUrl}/api/intake/appeal-status`, { locale, number, code })).json?.data;

    test('a Tatar appeal: taken, extended, answered by e-mail — each step a message in Tatar, once, and the lookup follows', async () => {
      const email = `desk-tt-${name.toLowerCase()}-${Date.now()}@example.org`;
      const receipt = await register(validAppeal({ locale: 'tt', replyChannel: 'email', email, text: 'Октябрь өчен исәпләүне тикшерүегезне сорыйм.' }));
      const [confirmation] = await waitForMails(stack().mailDir, email, 1);
      expect(confirmation!.subject).toBe(fill(tt['appeal.email.subject'], { number: receipt.number }));
      expect(confirmation!.text).toContain(receipt.accessCode);
      const documentId = await documentIdOf(receipt.number);

      expect((await act(documentId, 'take')).status).toBe(200);
      const taken = (await waitForMails(stack().mailDir, email, 2))[1]!;
      expect(taken.language).toBe('tt');
      expect(taken.subject).toBe(fill(tt['notice.appeal.taken.subject'], { number: receipt.number }));
      expect(taken.text).toContain(fill(tt['notice.appeal.taken.body'], { number: receipt.number, date: formatDate('tt', receipt.dueDate, 'dative') }));
      expect(await lookUp(receipt.number, receipt.accessCode, 'tt')).toEqual({ number: receipt.number, type: 'appeal', status: 'in-progress', dueDate: receipt.dueDate });

      // Extending needs its reason: refused with the rule's message, nothing sent.
      const bare = await act(documentId, 'extend', {});
      expect(bare.status).toBe(400);
      expect(((await bare.json()) as { error: { message: string } }).error.message).toContain('причину продления');
      const reason = 'Сетевая организация проверяет прибор учёта; её заключение придёт в течение трёх недель.';
      expect((await act(documentId, 'extend', { extensionReason: reason })).status).toBe(200);
      const extendedTo = addDays(receipt.dueDate, 30);
      const extended = (await waitForMails(stack().mailDir, email, 3))[2]!;
      expect(extended.subject).toBe(fill(tt['notice.appeal.extended.subject'], { number: receipt.number, date: formatDate('tt', extendedTo, 'dative') }));
      expect(extended.text).toContain(reason);
      expect(await lookUp(receipt.number, receipt.accessCode, 'tt')).toEqual({ number: receipt.number, type: 'appeal', status: 'extended', extendedTo });
      // The notice's time is when its e-mail went (clause 75), recorded by the outbox.
      await expect
        .poll(async () => (await officer.request<{ data: Detail }>('GET', `/appeals-desk/appeals/${documentId}`)).data.appeal.extensionNoticeAt, { timeout: 10_000 })
        .toBeTruthy();
      // Only once.
      expect((await act(documentId, 'extend', { extensionReason: 'ещё раз' })).status).toBe(400);

      const answer = 'Исәпләү тикшерелде: октябрь өчен 312 сум кире кайтарылды.\nКиләсе квитанциядә күрерсез.';
      expect((await act(documentId, 'answer', { answer, answerChannel: 'email' })).status).toBe(200);
      const answered = (await waitForMails(stack().mailDir, email, 4))[3]!;
      expect(answered.subject).toBe(fill(tt['notice.appeal.answered.subject'], { number: receipt.number }));
      expect(answered.text).toContain('октябрь өчен 312 сум кире кайтарылды.');
      expect(answered.html).toContain('<blockquote>');
      expect(await lookUp(receipt.number, receipt.accessCode, 'tt')).toEqual({ number: receipt.number, type: 'appeal', status: 'answered' });

      // Finished: no further step, and each message arrived exactly once.
      expect((await act(documentId, 'close', { closedReason: 'spam' })).status).toBe(400);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(mailsTo(stack().mailDir, email).map((mail) => mail.subject)).toEqual([confirmation!.subject, taken.subject, extended.subject, answered.subject]);

      const { data } = await officer.request<{ data: Detail }>('GET', `/appeals-desk/appeals/${documentId}`);
      expect(data.history.map((entry) => [entry.action, entry.actor])).toEqual([
        ['registered', null],
        ['taken', 'Test tes-appeals-officer'],
        ['extended', 'Test tes-appeals-officer'],
        ['answered', 'Test tes-appeals-officer'],
      ]);
      expect(data.history[2]!.detail).toBe(reason);
      expect(data.messages.map((message) => [message.event, Boolean(message.sentAt)])).toEqual([
        ['registered', true],
        ['taken', true],
        ['extended', true],
        ['answered', true],
      ]);
    });

    test('a Russian contract request closed without an answer: the ground in plain words; a phone-only visitor gets no e-mail', async () => {
      const email = `desk-ru-${name.toLowerCase()}-${Date.now()}@example.org`;
      const body = { ...validRequests.contract, locale: 'ru', email };
      const { body: form, contentType } = multipart(formFields(body), [
        { name: 'паспорт.pdf', data: tinyPdf() },
        { name: 'выписка.pdf', data: tinyPdf() },
      ]);
      const created = await upload(`${target().cmsUrl}/api/intake/requests/contract`, form, contentType);
      expect(created.status, created.text).toBe(201);
      const receipt = created.json!.data as { number: string; accessCode: string };
      await waitForMails(stack().mailDir, email, 1);
      const documentId = await documentIdOf(receipt.number);
      expect((await act(documentId, 'close', {})).status).toBe(400);
      expect((await act(documentId, 'close', { closedReason: 'repeated' })).status).toBe(200);
      const closed = (await waitForMails(stack().mailDir, email, 2))[1]!;
      expect(closed.subject).toBe(fill(ru['notice.request.closed.subject'], { number: receipt.number }));
      expect(closed.text).toContain(ru['notice.closed.repeated']);
      expect(await lookUp(receipt.number, receipt.accessCode)).toEqual({ number: receipt.number, type: 'contract', status: 'closed-no-answer' });

      // Without an e-mail address: nothing queued; an answer cannot be "by e-mail"; an extension records how they were told.
      const phoneOnly = await register(validAppeal());
      const phoneId = await documentIdOf(phoneOnly.number);
      expect((await act(phoneId, 'answer', { answer: 'Ответ', answerChannel: 'email' })).status).toBe(400);
      expect((await act(phoneId, 'extend', { extensionReason: 'Запрос в сетевую организацию' })).status).toBe(400);
      expect((await act(phoneId, 'extend', { extensionReason: 'Запрос в сетевую организацию', extensionNotice: 'По телефону, 10:20' })).status).toBe(200);
      const { data } = await officer.request<{ data: Detail }>('GET', `/appeals-desk/appeals/${phoneId}`);
      expect(data.messages).toEqual([]);
      expect(data.appeal.extensionNoticeAt).toBeTruthy();
    });

    test('the queue: open ones only unless asked, filters by type, status and deadline, each value kept for the page to name', async () => {
      const receipt = await register(validAppeal({ topic: 'supply' }));
      const { data: open } = await officer.request<{ data: Array<Record<string, string>> }>('GET', '/appeals-desk/appeals');
      expect(open.every((item) => !['answered', 'closed-no-answer'].includes(item.appealStatus!))).toBe(true);
      const mine = open.find((item) => item.number === receipt.number)!;
      expect(mine).toMatchObject({ requestType: 'appeal', channel: 'site', topic: 'supply', appealStatus: 'registered', deadline: 'on-time', due: addDays(moscowDate(), 30) });
      const filtered = await officer.request<{ data: Array<Record<string, string>> }>('GET', '/appeals-desk/appeals?type=appeal&topic=supply&status=registered&deadline=on-time');
      expect(filtered.data.some((item) => item.number === receipt.number)).toBe(true);
      expect(filtered.data.every((item) => item.topic === 'supply' && item.appealStatus === 'registered')).toBe(true);
      const contracts = await officer.request<{ data: Array<Record<string, string>> }>('GET', '/appeals-desk/appeals?type=contract&final=1');
      expect(contracts.data.length).toBeGreaterThan(0);
      expect(contracts.data.every((item) => item.requestType === 'contract')).toBe(true);
    });

    test('the clause-28 report: this month’s figures as JSON, CSV (in words) and XLSX', async () => {
      const month = moscowDate().slice(0, 7);
      const before = await officer.request<{ data: Array<Record<string, number | string>> }>('GET', `/appeals-desk/report?from=${month}&to=${month}`);
      const count = (rows: Array<Record<string, number | string>>) =>
        rows.filter((row) => row.type === 'appeal' && row.topic === 'metering' && row.channel === 'site').reduce((sum, row) => sum + Number(row.received), 0);
      await register(validAppeal({ topic: 'metering' }));
      const after = await officer.request<{ data: Array<Record<string, number | string>> }>('GET', `/appeals-desk/report?from=${month}&to=${month}`);
      expect(count(after.data)).toBe(count(before.data) + 1);
      const csv = await officer.raw('GET', `/appeals-desk/report?from=${month}&to=${month}&format=csv`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      // fetch's text() would drop the byte-order mark: read the bytes.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
      expect(text.startsWith('\uFEFFМесяц регистрации,Вид,Тема,Как поступило,Поступило')).toBe(true);
      expect(text).toContain(`${month},Обращение,Приборы учёта и показания,Сайт,${count(after.data)},`);
      const xlsx = await officer.raw('GET', `/appeals-desk/report?from=${month}&to=${month}&format=xlsx`);
      expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(
        Buffer.from(await xlsx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      expect((await officer.raw('GET', '/appeals-desk/report?from=2026-05&to=2026-01')).status).toBe(400);
    });

    test('only those who may read appeals use the desk: content editors get 403, the public 401', async () => {
      const receipt = await register(validAppeal());
      const documentId = await documentIdOf(receipt.number);
      for (const path of ['/appeals-desk/appeals', `/appeals-desk/appeals/${documentId}`, '/appeals-desk/report']) {
        expect((await editor.raw('GET', path)).status, `editor ${path}`).toBe(403);
        expect((await fetch(`${target().cmsUrl}${path}`)).status, `public ${path}`).toBe(401);
      }
      expect((await editor.raw('POST', `/appeals-desk/appeals/${documentId}/take`, {})).status).toBe(403);
      expect((await fetch(`${target().cmsUrl}/appeals-desk/appeals/${documentId}/take`, { method: 'POST' })).status).toBe(401);
      expect((await act(documentId, 'delete')).status).toBe(404);
      // Nothing changed by the refused attempts.
      expect(await lookUp(receipt.number, receipt.accessCode)).toMatchObject({ status: 'registered' });
    });
  });
}
