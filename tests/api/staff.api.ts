import { expect, test } from '@playwright/test';
import { APPEAL, databases, post, READING, validAppeal, validMeterRequest, validReading } from '../helpers/intake.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';

/**
 * The staff side in the real admin API, on SQLite and PostgreSQL: who sees appeals and readings, and the status
 * rules the server enforces whatever the client (one extension with its notice, an answer with its channel, no
 * rewriting of what the visitor sent, no appeals created outside the intake).
 */
const PATH = `/content-manager/collection-types/${APPEAL}`;

for (const name of ['SQLite', 'PostgreSQL'] as const) {
  test.describe(`${name}: staff`, () => {
    const target = () => databases().find((db) => db.name === name)!;
    let officer: StrapiAdmin;
    let editor: StrapiAdmin;
    let superAdmin: StrapiAdmin;

    test.beforeAll(async () => {
      superAdmin = await StrapiAdmin.login(target());
      const stamp = `${name.toLowerCase()}-${Date.now()}`;
      officer = await superAdmin.createUser('tes-appeals-officer', `officer-${stamp}@example.test`);
      editor = await superAdmin.createUser('tes-content-editor', `editor-${stamp}@example.test`);
    });

    const register = async () => {
      const response = await post(`${target().cmsUrl}/api/intake/appeals`, validAppeal());
      expect(response.status).toBe(201);
      const { number, accessCode, dueDate } = response.json!.data as { number: string; accessCode: string; dueDate: string };
      const { results } = await officer.request<{ results: Array<{ documentId: string }> }>('GET', `${PATH}?filters[number][$eq]=${number}`);
      return { number, accessCode, dueDate, documentId: results[0]!.documentId };
    };
    const lookUp = async (number: string, code: string) => (await post(`${target().cmsUrl}/api/intake/appeal-status`, { locale: 'ru', number, code })).json?.data;

    test('appeals officers see appeals and readings; content editors see neither, but do see public content', async () => {
      await register();
      await post(`${target().cmsUrl}/api/intake/readings`, validReading());
      expect(await officer.count(APPEAL)).toBeGreaterThan(0);
      expect(await officer.count(READING)).toBeGreaterThan(0);
      for (const uid of [APPEAL, READING]) expect((await editor.raw('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=1`)).status, uid).toBe(403);
      expect((await editor.raw('GET', '/content-manager/collection-types/api::faq-item.faq-item?page=1&pageSize=1&locale=tt')).status).toBe(200);
      // Officers read everything but the code's hash; even the super admin never receives it.
      const { results } = await superAdmin.request<{ results: Array<Record<string, unknown>> }>('GET', `${PATH}?page=1&pageSize=5`);
      expect(results.every((appeal) => !('accessCodeHash' in appeal))).toBe(true);
    });

    test('appeals come only from the intake: the admin cannot create one, not even the super admin', async () => {
      expect((await officer.raw('POST', PATH, { ...validAppeal(), number: '2099-000001' })).status).toBe(403);
      const refused = await superAdmin.raw('POST', PATH, {
        ...validAppeal(),
        number: '2099-000001',
        registeredAt: new Date().toISOString(),
        dueDate: '2099-01-31',
        consentAt: new Date().toISOString(),
        language: 'ru',
        accessCodeHash: 'x',
      });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('только через формы на сайте');
    });

    test('an extension needs its reason and, without an e-mail address, how the visitor was told; adds 30 days once, and the visitor sees it', async () => {
      const appeal = await register();
      const noReason = await officer.raw('PUT', `${PATH}/${appeal.documentId}`, { appealStatus: 'extended' });
      expect(noReason.status).toBe(400);
      expect(await noReason.text()).toContain('причину продления');
      // This visitor left a phone, not an e-mail: the officer tells them and records how.
      const untold = await officer.raw('PUT', `${PATH}/${appeal.documentId}`, { appealStatus: 'extended', extensionReason: 'Запрошены сведения у сетевой организации' });
      expect(untold.status).toBe(400);
      expect(await untold.text()).toContain('Как уведомлён заявитель');

      const { data } = await officer.request<{ data: Record<string, string> }>('PUT', `${PATH}/${appeal.documentId}`, {
        appealStatus: 'extended',
        extensionReason: 'Запрошены сведения у сетевой организации',
        extensionNotice: 'По телефону 8 917 123-45-67, сегодня в 10:15',
      });
      const extendedTo = new Date(Date.parse(`${appeal.dueDate}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      expect(data).toMatchObject({ appealStatus: 'extended', extendedTo });
      expect(data.extensionNoticeAt).toBeTruthy();
      expect(await lookUp(appeal.number, appeal.accessCode)).toEqual({ number: appeal.number, type: 'appeal', status: 'extended', extendedTo });

      // Once extended, it cannot go back to "in progress" (and so never be extended twice).
      expect((await officer.raw('PUT', `${PATH}/${appeal.documentId}`, { appealStatus: 'in-progress' })).status).toBe(400);
    });

    test('"answered" needs the answer and its channel; after that the appeal is closed to changes', async () => {
      const appeal = await register();
      await officer.request('PUT', `${PATH}/${appeal.documentId}`, { appealStatus: 'in-progress' });
      expect(await lookUp(appeal.number, appeal.accessCode)).toEqual({ number: appeal.number, type: 'appeal', status: 'in-progress', dueDate: appeal.dueDate });
      const missing = await officer.raw('PUT', `${PATH}/${appeal.documentId}`, { appealStatus: 'answered', answer: 'Перерасчёт выполнен.' });
      expect(missing.status).toBe(400);
      const { data } = await officer.request<{ data: Record<string, string> }>('PUT', `${PATH}/${appeal.documentId}`, {
        appealStatus: 'answered',
        answer: 'Перерасчёт выполнен.',
        answerChannel: 'phone',
      });
      expect(data).toMatchObject({ appealStatus: 'answered', deadlineState: 'done' });
      expect(data.answeredAt).toBeTruthy();
      expect(await lookUp(appeal.number, appeal.accessCode)).toEqual({ number: appeal.number, type: 'appeal', status: 'answered' });
      expect((await officer.raw('PUT', `${PATH}/${appeal.documentId}`, { answer: 'Другой ответ' })).status).toBe(400);
      expect((await officer.raw('PUT', `${PATH}/${appeal.documentId}`, { internalNote: 'Клиент доволен' })).status).toBe(200);
    });

    test('closing without an answer needs a ground of clause 77 or 78', async () => {
      const appeal = await register();
      expect((await officer.raw('PUT', `${PATH}/${appeal.documentId}`, { appealStatus: 'closed-no-answer' })).status).toBe(400);
      await officer.request('PUT', `${PATH}/${appeal.documentId}`, { appealStatus: 'closed-no-answer', closedReason: 'spam' });
      expect(await lookUp(appeal.number, appeal.accessCode)).toEqual({ number: appeal.number, type: 'appeal', status: 'closed-no-answer' });
    });

    test('what the visitor sent and what the server set cannot be rewritten', async () => {
      const appeal = await register();
      const rewrite = await superAdmin.raw('PUT', `${PATH}/${appeal.documentId}`, { name: 'Другое Имя' });
      expect(rewrite.status).toBe(400);
      // Server-set fields are ignored: the number and the due date stay.
      const { data } = await superAdmin.request<{ data: Record<string, string> }>('PUT', `${PATH}/${appeal.documentId}`, {
        number: '1999-999999',
        dueDate: '2099-01-01',
        internalNote: 'x',
      });
      expect([data.number, data.dueDate]).toEqual([appeal.number, appeal.dueDate]);
    });

    test('a typed request’s own answers cannot be rewritten either: its type, its address, a meter window', async () => {
      const response = await post(`${target().cmsUrl}/api/intake/requests/meter-work`, validMeterRequest());
      expect(response.status, response.text).toBe(201);
      const { results } = await officer.request<{ results: Array<{ documentId: string }> }>('GET', `${PATH}?filters[number][$eq]=${String(response.json!.data!.number)}`);
      const documentId = results[0]!.documentId;
      for (const change of [{ requestType: 'appeal' }, { premisesAddress: 'Казань, другой адрес' }, { meterWork: 'install' }, { preferredFrom: '2099-01-01' }]) {
        // Not even the super admin (an officer's role cannot write these fields at all).
        expect((await superAdmin.raw('PUT', `${PATH}/${documentId}`, change)).status, JSON.stringify(change)).toBe(400);
      }
      const { data } = await superAdmin.request<{ data: Record<string, string> }>('PUT', `${PATH}/${documentId}`, {
        premisesAddress: 'Арча, Тукай урамы, 5',
        internalNote: 'Позвонить',
      });
      expect([data.premisesAddress, data.internalNote]).toEqual(['Арча, Тукай урамы, 5', 'Позвонить']);
    });

    test('overdue and due-soon appeals are one filter away: every appeal carries its deadline state', async () => {
      await register();
      const onTime = await officer.count(APPEAL, '&filters[$and][0][deadlineState][$eq]=on-time');
      const open = await officer.count(APPEAL, '&filters[$and][0][appealStatus][$in][0]=registered&filters[$and][0][appealStatus][$in][1]=in-progress');
      expect(onTime).toBeGreaterThan(0);
      expect(open).toBeGreaterThan(0);
      expect(await officer.count(APPEAL, '&filters[$and][0][deadlineState][$eq]=overdue')).toBe(0);
      // The list the officers open: most urgent first, with the deadline state as a column.
      const { data } = await officer.request<{ data: { contentType: { settings: Record<string, string>; layouts: { list: string[] } } } }>(
        'GET',
        `/content-manager/content-types/${APPEAL}/configuration`,
      );
      expect(data.contentType.settings).toMatchObject({ defaultSortBy: 'dueDate', defaultSortOrder: 'ASC' });
      expect(data.contentType.layouts.list).toEqual(expect.arrayContaining(['number', 'appealStatus', 'deadlineState', 'dueDate']));
    });

    test('officers cannot delete an appeal', async () => {
      const appeal = await register();
      expect((await officer.raw('DELETE', `${PATH}/${appeal.documentId}`)).status).toBe(403);
    });
  });
}
