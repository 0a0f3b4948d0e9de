import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { databases, nextIp, post, validAppeal } from '../helpers/intake.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { stack } from '../helpers/stack.ts';
import { waitForMails } from '../helpers/smtp-capture.ts';

/**
 * What visitors think (issue 14), through the real intake on SQLite and PostgreSQL: a page's «полезна ли» answer,
 * and an answer's score by the signed link of its e-mail — once; bad input refused with the form's keys and nothing
 * stored; who may read the records (editors the pages' answers, officers the scores; the public and the site's token
 * nothing).
 */
const PAGE_FEEDBACK = 'api::page-feedback.page-feedback';
const SATISFACTION = 'api::satisfaction.satisfaction';

const feedback = (overrides: Record<string, unknown> = {}) => ({ locale: 'ru', path: '/ru/info/feedback/', title: 'Обратная связь', helpful: 'yes', comment: '', ...overrides });

for (const name of ['SQLite', 'PostgreSQL'] as const) {
  test.describe(`${name}: feedback`, () => {
    const target = () => databases().find((db) => db.name === name)!;
    const url = (path: string) => `${target().cmsUrl}/api/intake/${path}`;
    let superAdmin: StrapiAdmin;
    let officer: StrapiAdmin;
    let editor: StrapiAdmin;

    test.beforeAll(async () => {
      superAdmin = await StrapiAdmin.login(target());
      const stamp = `${name.toLowerCase()}-feedback-${Date.now()}`;
      officer = await superAdmin.createUser('tes-appeals-officer', `officer-${stamp}@example.test`);
      editor = await superAdmin.createUser('tes-content-editor', `editor-${stamp}@example.test`);
    });

    test('a page’s answer is stored without personal data; editors read it, page by page; bad input stores nothing', async () => {
      const before = await superAdmin.count(PAGE_FEEDBACK);
      const ok = await post(
        url('page-feedback'),
        feedback({ locale: 'tt', path: '/tt/info/feedback/', title: 'Кире элемтә', helpful: 'no', comment: 'Телефон номерын табу кыен.' }),
      );
      expect(ok.status, ok.text).toBe(201);
      for (const [body, field] of [
        [feedback({ helpful: 'maybe' }), 'helpful'],
        [feedback({ helpful: undefined }), 'helpful'],
        [feedback({ comment: 'я'.repeat(501) }), 'comment'],
        [feedback({ comment: 'Плохо <script>alert(1)</script>' }), 'comment'],
        [feedback({ comment: 'x\u202ey' }), 'comment'],
        [feedback({ path: 'https://evil.example/ru/' }), 'path'],
        [feedback({ path: '/en/info/' }), 'path'],
        [feedback({ path: '/ru/../admin/' }), 'path'],
        [feedback({ email: 'a@example.ru' }), '_form'],
        [feedback({ website: 'http://spam.example' }), 'website'],
      ] as const) {
        const refused = await post(url('page-feedback'), body);
        expect(refused.status, JSON.stringify(body)).toBe(422);
        expect(refused.errors.map((error) => error.field)).toContain(field);
      }
      expect(await superAdmin.count(PAGE_FEEDBACK)).toBe(before + 1);

      // Editors read it (the list, and «Отзывы о страницах» page by page); officers and the public do not.
      expect((await editor.raw('GET', `/content-manager/collection-types/${PAGE_FEEDBACK}?page=1&pageSize=1`)).status).toBe(200);
      const { data: pages } = await editor.request<{ data: Array<{ path: string; title: string; no: number; url: string; comments: Array<{ comment: string }> }> }>(
        'GET',
        '/page-feedback/summary',
      );
      const page = pages.find((candidate) => candidate.path === '/tt/info/feedback/')!;
      expect(page).toMatchObject({ title: 'Кире элемтә', url: `${stack().siteUrl}/tt/info/feedback/` });
      expect(page.no).toBeGreaterThanOrEqual(1);
      expect(page.comments[0]!.comment).toBe('Телефон номерын табу кыен.');
      expect((await officer.raw('GET', '/page-feedback/summary')).status).toBe(403);
      expect((await officer.raw('GET', `/content-manager/collection-types/${PAGE_FEEDBACK}`)).status).toBe(403);
      expect((await fetch(`${target().cmsUrl}/page-feedback/summary`)).status).toBe(401);
    });

    test('without JavaScript: the answer is a form post, thanked by a page in the visitor’s language with the way back', async () => {
      const response = await post(url('page-feedback?lang=tt'), feedback({ locale: 'tt', path: '/tt/offices/', title: 'Офислар', helpful: 'yes' }), {
        contentType: 'application/x-www-form-urlencoded',
        headers: { accept: 'text/html' },
      });
      expect(response.status).toBe(303);
      const thanks = await fetch(new URL(response.headers.get('location')!, target().cmsUrl));
      const html = await thanks.text();
      expect(thanks.status).toBe(200);
      expect(html).toContain('<html lang="tt">');
      expect(html).toContain(tt['feedback.done.title']);
      expect(html).toContain(`href="${stack().siteUrl}/tt/offices/"`);
      // A back address that is not one of the site's pages is not followed.
      const forged = await (await fetch(`${url('page-feedback/thanks')}?lang=ru&back=${encodeURIComponent('//evil.example/')}`)).text();
      expect(forged).toContain(`href="${stack().siteUrl}/ru/"`);
      expect(forged).not.toContain('evil.example');
    });

    test('a flood of answers from one address is stopped (429), and nothing more is stored', async () => {
      const ip = nextIp();
      const statuses: number[] = [];
      for (let index = 0; index < 22; index += 1) statuses.push((await post(url('page-feedback'), feedback({ title: `Поток ${index}` }), { ip })).status);
      expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429]);
    });

    test('an answer’s score: the e-mail’s link in Tatar, 1 to 5 once; a reused, forged or bad post changes nothing', async () => {
      const email = `rate-${name.toLowerCase()}-${Date.now()}@example.org`;
      const created = await post(url('appeals'), validAppeal({ locale: 'tt', replyChannel: 'email', email }));
      const { number } = created.json!.data as { number: string };
      await waitForMails(stack().mailDir, email, 1);
      const { data: queue } = await officer.request<{ data: Array<{ documentId: string; number: string }> }>('GET', '/appeals-desk/appeals');
      const documentId = queue.find((item) => item.number === number)!.documentId;
      expect((await officer.raw('POST', `/appeals-desk/appeals/${documentId}/answer`, { answer: 'Исәп тикшерелде.', answerChannel: 'email' })).status).toBe(200);
      const answered = (await waitForMails(stack().mailDir, email, 2))[1]!;
      const link = /https?:\/\/\S+\/api\/intake\/satisfaction\/[\w-]+/.exec(answered.text)?.[0];
      expect(link, answered.text).toBeTruthy();
      expect(answered.text).toContain(tt['notice.answered.rate'].split('{url}')[0]!.trim());

      const form = await fetch(`${link}?lang=tt`);
      const page = await form.text();
      expect(form.status).toBe(200);
      expect(page).toContain(tt['satisfaction.title']);
      expect(page).toContain(tt['satisfaction.field.score.option.5']);

      const before = await officer.count(SATISFACTION);
      for (const [body, key] of [
        [{ locale: 'tt', score: '0' }, 'satisfaction.error.score.required'],
        [{ locale: 'tt', score: '6' }, 'satisfaction.error.score.required'],
        [{ locale: 'tt', score: '4', comment: 'я'.repeat(1001) }, 'satisfaction.error.comment.tooLong'],
        [{ locale: 'tt', score: '4', comment: '<b>x</b>' }, 'form.error.markup'],
      ] as const) {
        const refused = await post(link!, body);
        expect([refused.status, refused.errors.map((error) => error.key)], JSON.stringify(body)).toEqual([422, [key]]);
      }
      const forged = await post(`${link!.slice(0, -4)}AAAA`, { locale: 'tt', score: '5' });
      expect([forged.status, forged.errors[0]?.key]).toEqual([410, 'satisfaction.error.invalid']);
      // A receipt's sealed token is no satisfaction link.
      expect((await post(url('satisfaction/notatoken'), { locale: 'tt', score: '5' })).status).toBe(410);
      expect(await officer.count(SATISFACTION)).toBe(before);

      const rated = await post(link!, { locale: 'tt', score: '4', comment: 'Тиз җавап бирделәр.' });
      expect(rated.status, rated.text).toBe(201);
      const again = await post(link!, { locale: 'tt', score: '1' });
      expect([again.status, again.errors[0]?.key]).toEqual([409, 'satisfaction.error.rated']);
      expect((await fetch(link!)).status).toBe(409);
      expect(await officer.count(SATISFACTION)).toBe(before + 1);
      const { results } = await officer.request<{ results: Array<Record<string, unknown>> }>(
        'GET',
        `/content-manager/collection-types/${SATISFACTION}?filters[appealNumber][$eq]=${number}`,
      );
      expect(results[0]).toMatchObject({ score: 4, comment: 'Тиз җавап бирделәр.', language: 'tt', requestType: 'appeal' });
      // Editors do not read scores.
      expect((await editor.raw('GET', `/content-manager/collection-types/${SATISFACTION}`)).status).toBe(403);
    });

    test('nothing behind the figures is readable over the API — not by the public, not with the site’s token', async () => {
      const token = readFileSync(stack().tokenFile, 'utf8').trim();
      for (const path of ['/api/page-feedbacks', '/api/satisfactions', '/api/appeals', '/api/meter-readings', '/api/appeal-files']) {
        expect((await fetch(`${target().cmsUrl}${path}`)).status, path).toBe(404);
        expect((await fetch(`${target().cmsUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } })).status, `${path} with the site token`).toBe(404);
      }
      // The indicators are aggregates: months and figures, no record.
      const { data } = (await (await fetch(`${target().cmsUrl}/api/quality-indicators`)).json()) as { data: Record<string, unknown> };
      expect(Object.keys(data).sort()).toEqual(['daysToAnswer', 'informativeness', 'minRecords', 'months', 'satisfaction', 'timeliness', 'today', 'usage']);
      expect(JSON.stringify(data)).not.toMatch(/@|comment|number|name/);
      expect(ru['quality.title']).toBeTruthy();
    });
  });
}
