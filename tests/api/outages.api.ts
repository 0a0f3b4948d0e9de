import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { databases, nextIp, post } from '../helpers/intake.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { stack } from '../helpers/stack.ts';
import { mailsTo, waitForMails, type CapturedMail } from '../helpers/smtp-capture.ts';

/**
 * Supply notices and their subscribers (issue 15), on SQLite and PostgreSQL: the editors' save-time checks; the
 * e-mail subscription — double opt-in, a flood for one address refused, one-click unsubscribe (RFC 8058) —; exactly
 * one message per subscriber when a notice is published or its times change, in their language; and nobody but the
 * super admin reading the addresses. The figures go to reports/outage-subscriptions.json.
 */
const NOTICE = 'api::supply-notice.supply-notice';
const SUBSCRIPTION = 'api::outage-subscription.outage-subscription';
const figures = { subscribed: 0, confirmed: 0, messages: 0, duplicated: 0 };

const hours = (offset: number) => new Date(Date.now() + offset * 3_600_000).toISOString();
const linkIn = (mail: CapturedMail, action: 'confirm' | 'unsubscribe') => new RegExp(`https?://\\S+/api/intake/outage-subscriptions/${action}/[\\w-]+`).exec(mail.text)?.[0];

const notice = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  title: `Аварийное отключение, Арск (${slug})`,
  kind: 'emergency',
  municipality: 'arsk',
  settlement: 'г. Арск',
  streets: [{ street: 'ул. Гагарина', houses: '1–9' }],
  startsAt: hours(-1),
  restoreBy: hours(3),
  cause: 'Повреждение кабельной линии.',
  gridOrganisation: 'Сетевая организация (проверка)',
  gridPhone: '+7 (843) 000-00-00',
  disclosures: [{ code: 'D22' }],
  source: 'test',
  isExample: true,
  ...overrides,
});
const twin = (slug: string) => ({
  title: `Авария аркасында сүндерү, Арча (${slug})`,
  settlement: 'Арча шәһәре',
  streets: [{ street: 'Гагарин урамы', houses: '1–9' }],
  cause: 'Кабель линиясе бозылган.',
  gridOrganisation: 'Челтәр оешмасы (тикшерү)',
});

test.afterAll(() => {
  mkdirSync(path.resolve('reports'), { recursive: true });
  writeFileSync(path.resolve('reports', 'outage-subscriptions.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Outage subscriptions: ${figures.subscribed} subscribed, ${figures.confirmed} confirmed, ${figures.messages} notices sent, ${figures.duplicated} duplicated`);
});

for (const name of ['SQLite', 'PostgreSQL'] as const) {
  test.describe(`${name}: supply notices`, () => {
    const target = () => databases().find((db) => db.name === name)!;
    const url = (path: string) => `${target().cmsUrl}/api/intake/${path}`;
    let editor: StrapiAdmin;
    let officer: StrapiAdmin;
    let superAdmin: StrapiAdmin;

    test.beforeAll(async () => {
      superAdmin = await StrapiAdmin.login(target());
      const stamp = `${name.toLowerCase()}-outages-${Date.now()}`;
      editor = await superAdmin.createUser('tes-content-editor', `editor-${stamp}@example.test`);
      officer = await superAdmin.createUser('tes-appeals-officer', `officer-${stamp}@example.test`);
    });

    /** Subscribes, confirms by the e-mail's link (the page's button), and returns the unsubscribe link of later notices. */
    async function subscribeAndConfirm(email: string, locale: 'ru' | 'tt', street = '') {
      const sent = await post(url('outage-subscriptions'), { locale, email, municipality: 'arsk', street, consent: true });
      expect(sent.status, sent.text).toBe(201);
      figures.subscribed += 1;
      const [confirmation] = await waitForMails(stack().mailDir, email, 1);
      expect(confirmation!.subject).toBe((locale === 'ru' ? ru : tt)['subscribe.mail.subject']);
      const link = linkIn(confirmation!, 'confirm')!;
      // Following the link shows a button; only its post confirms (mail scanners follow links).
      expect((await fetch(link)).status).toBe(200);
      const confirmed = await post(link, { locale });
      expect(confirmed.status, confirmed.text).toBe(200);
      figures.confirmed += 1;
      return link;
    }

    test('editors are told what to fix: restoration before the start, an unknown municipality, a malformed phone', async () => {
      const bad = await editor.raw('POST', `/content-manager/collection-types/${NOTICE}?locale=ru`, notice(`bad-${name.toLowerCase()}`, { restoreBy: hours(-2) }));
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('Плановое восстановление должно быть позже начала');
      expect((await editor.raw('POST', `/content-manager/collection-types/${NOTICE}?locale=ru`, notice(`bad2-${name.toLowerCase()}`, { municipality: 'atlantis' }))).status).toBe(
        400,
      );
      expect((await editor.raw('POST', `/content-manager/collection-types/${NOTICE}?locale=ru`, notice(`bad3-${name.toLowerCase()}`, { gridPhone: '112' }))).status).toBe(400);
    });

    test('subscribers get one message each, in their language, per publish that changes the times; one click unsubscribes', async () => {
      const stamp = `${name.toLowerCase()}-${Date.now()}`;
      const russian = `outage-ru-${stamp}@example.org`;
      const tatar = `outage-tt-${stamp}@example.org`;
      const otherStreet = `outage-street-${stamp}@example.org`;
      const confirmLink = await subscribeAndConfirm(russian, 'ru');
      await subscribeAndConfirm(tatar, 'tt', 'Гагарин урамы');
      await subscribeAndConfirm(otherStreet, 'ru', 'ул. Ленина');

      // A used confirmation link says so and changes nothing; a forged one, likewise.
      const again = await post(confirmLink, { locale: 'ru' });
      expect([again.status, again.errors[0]?.key]).toEqual([409, 'subscribe.error.confirmedAlready']);
      expect((await post(`${confirmLink.slice(0, -4)}AAAA`, { locale: 'ru' })).status).toBe(410);
      // The same subscription again: «already», and no new e-mail.
      const already = await post(url('outage-subscriptions'), { locale: 'ru', email: russian, municipality: 'arsk', consent: true });
      expect([already.status, (already.json!.data as { outcome: string }).outcome]).toEqual([200, 'already']);

      const slug = `arsk-${stamp}`;
      const documentId = await editor.createDraft(NOTICE, notice(slug));
      await editor.saveLocale(NOTICE, documentId, 'tt', twin(slug));
      await editor.publish(NOTICE, documentId, 'ru');
      await editor.publish(NOTICE, documentId, 'tt');
      const [, ruNotice] = await waitForMails(stack().mailDir, russian, 2);
      expect(ruNotice!.subject).toBe(notice(slug).title);
      expect(ruNotice!.language).toBe('ru');
      expect(ruNotice!.text).toContain('ул. Гагарина, 1–9');
      expect(ruNotice!.text).toContain('+7 (843) 000-00-00');
      const unsubscribe = linkIn(ruNotice!, 'unsubscribe')!;
      expect(ruNotice!.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);
      expect(ruNotice!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      const [, ttNotice] = await waitForMails(stack().mailDir, tatar, 2);
      expect(ttNotice!.subject).toBe(twin(slug).title);
      expect(ttNotice!.text).toContain(tt['outages.kind.emergency']);

      // Publishing again with the same times sends nothing; moving the restoration sends one more, saying so.
      await editor.publish(NOTICE, documentId, 'ru');
      await editor.saveLocale(NOTICE, documentId, 'ru', { restoreBy: hours(6) });
      await editor.publish(NOTICE, documentId, 'ru');
      await editor.publish(NOTICE, documentId, 'tt');
      const [, , moved] = await waitForMails(stack().mailDir, russian, 3);
      expect(moved!.subject).toBe(ru['outages.mail.subject.moved'].replace('{title}', notice(slug).title));
      expect(moved!.text).toContain(ru['outages.moved'].split(':')[0]!);

      // One click from the mail client: gone, and the next change reaches only those still subscribed.
      const oneClick = await post(unsubscribe, 'List-Unsubscribe=One-Click', { contentType: 'application/x-www-form-urlencoded', headers: { accept: 'text/html' } });
      expect(oneClick.status).toBe(200);
      expect(await superAdmin.count(SUBSCRIPTION, `&filters[email][$eq]=${encodeURIComponent(russian)}`)).toBe(0);
      await editor.saveLocale(NOTICE, documentId, 'ru', { restoredAt: hours(0) });
      await editor.publish(NOTICE, documentId, 'ru');
      await editor.publish(NOTICE, documentId, 'tt');
      const tatarMails = await waitForMails(stack().mailDir, tatar, 4);
      expect(tatarMails[3]!.subject).toBe(tt['outages.mail.subject.restored'].replace('{title}', twin(slug).title));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const russianMails = mailsTo(stack().mailDir, russian);
      // Confirmation, the notice, the move — and nothing after unsubscribing.
      expect(russianMails).toHaveLength(3);
      // The subscriber of another street heard nothing of this one.
      expect(mailsTo(stack().mailDir, otherStreet)).toHaveLength(1);

      const notices = [...russianMails.slice(1), ...mailsTo(stack().mailDir, tatar).slice(1)];
      figures.messages += notices.length;
      figures.duplicated += notices.length - new Set(notices.map((mail) => `${mail.to.join()}|${mail.subject}`)).size;
      expect(notices.map((mail) => mail.subject).length).toBe(new Set(notices.map((mail) => `${mail.to.join()}|${mail.subject}`)).size);
    });

    test('bad input changes nothing: a wrong address, no consent, a flood of subscriptions for one address', async () => {
      const before = await superAdmin.count(SUBSCRIPTION);
      for (const [body, key] of [
        [{ locale: 'ru', email: 'not-an-email', municipality: 'arsk', consent: true }, 'subscribe.error.email.invalid'],
        [{ locale: 'ru', email: 'a@example.org', municipality: 'atlantis', consent: true }, 'subscribe.error.municipality.required'],
        [{ locale: 'ru', email: 'a@example.org', municipality: 'arsk' }, 'appeal.error.consent.required'],
        [{ locale: 'ru', email: 'a@example.org', municipality: 'arsk', consent: true, street: '<b>x</b>' }, 'form.error.markup'],
      ] as const) {
        const refused = await post(url('outage-subscriptions'), body);
        expect([refused.status, refused.errors.map((error) => error.key)], JSON.stringify(body)).toEqual([422, [key]]);
      }
      expect(await superAdmin.count(SUBSCRIPTION)).toBe(before);
      // Three confirmation e-mails a day to one address, whatever the addresses posting.
      const email = `flood-${name.toLowerCase()}-${Date.now()}@example.org`;
      for (const municipality of ['kazan', 'arsk', 'kukmor']) {
        expect((await post(url('outage-subscriptions'), { locale: 'ru', email, municipality, consent: true }, { ip: nextIp() })).status).toBe(201);
      }
      const fourth = await post(url('outage-subscriptions'), { locale: 'ru', email, municipality: 'mamadysh', consent: true }, { ip: nextIp() });
      expect([fourth.status, fourth.errors[0]?.key]).toEqual([429, 'subscribe.error.tooMany']);
      await waitForMails(stack().mailDir, email, 3);
      expect(await superAdmin.count(SUBSCRIPTION, `&filters[email][$eq]=${encodeURIComponent(email)}`)).toBe(3);
    });

    test('the subscribers’ addresses are readable by no API route and no role but the super admin', async () => {
      const token = readFileSync(stack().tokenFile, 'utf8').trim();
      for (const route of ['/api/outage-subscriptions', '/api/outage-subscriptions/1']) {
        expect((await fetch(`${target().cmsUrl}${route}`)).status, route).toBe(404);
        expect((await fetch(`${target().cmsUrl}${route}`, { headers: { Authorization: `Bearer ${token}` } })).status, `${route} with the site token`).toBe(404);
      }
      for (const staff of [editor, officer]) expect((await staff.raw('GET', `/content-manager/collection-types/${SUBSCRIPTION}`)).status).toBe(403);
      expect((await superAdmin.raw('GET', `/content-manager/collection-types/${SUBSCRIPTION}`)).status).toBe(200);
      // The notices themselves are public content.
      expect((await fetch(`${target().cmsUrl}/api/supply-notices?locale=ru`)).status).toBe(200);
    });
  });
}
