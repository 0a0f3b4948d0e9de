import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { cmsInstance, startCms } from '../../scripts/lib/cms.ts';
import { stopGroup } from '../../scripts/lib/processes.ts';
import { post, validAppeal } from '../helpers/intake.ts';
import { mailsTo, startSmtpCapture, waitForMails } from '../helpers/smtp-capture.ts';
import { StrapiAdmin } from '../helpers/strapi-admin.ts';
import { TEST_CMS_PORT, TEST_RUN_DIR, stack } from '../helpers/stack.ts';

/**
 * The outbox holds when the mail server does not (issue 13): on a Strapi of its own (SQLite) and a mail server the
 * test stops and starts. SMTP down during three status changes → all three arrive once each when it is back; Strapi
 * killed with SIGKILL after a change committed and before its message went → sent once after the restart. The
 * delivery figures go to reports/outbox-delivery.json.
 */
const PORT = Number(process.env.TEST_OUTBOX_CMS_PORT ?? TEST_CMS_PORT + 6);
const SMTP_PORT = PORT + 1;

test('messages survive a mail server that is down and a Strapi killed before sending: each arrives once', async () => {
  test.setTimeout(300_000);
  const dataDir = path.join(TEST_RUN_DIR, 'outbox', 'cms');
  const mailDir = path.join(TEST_RUN_DIR, 'outbox', 'mail');
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const instance = cmsInstance({
    dataDir,
    port: PORT,
    siteUrl: stack().siteUrl,
    env: {
      TRUST_PROXY: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(SMTP_PORT),
      SMTP_IGNORE_TLS: 'true',
      OUTBOX_POLL_MS: '500',
      OUTBOX_RETRY_BASE_MS: '300',
      OUTBOX_RETRY_MAX_MS: '1000',
      OUTBOX_LEASE_MS: '3000',
    },
  });
  const target = { cmsUrl: instance.url, admin: instance.admin };
  const email = `outbox-${Date.now()}@example.org`;
  const outbox = () => {
    const database = new DatabaseSync(instance.env.DATABASE_FILENAME!, { readOnly: true });
    try {
      return database.prepare('SELECT event, attempts, sent_at FROM tes_outbox ORDER BY id').all() as Array<{ event: string; attempts: number; sent_at: number | null }>;
    } finally {
      database.close();
    }
  };

  let smtp = await startSmtpCapture(SMTP_PORT, mailDir);
  let child = await startCms(instance, { quiet: true });
  try {
    const registered = await post(`${instance.url}/api/intake/appeals`, validAppeal({ replyChannel: 'email', email }));
    expect(registered.status, registered.text).toBe(201);
    const { number } = registered.json!.data as { number: string };
    await waitForMails(mailDir, email, 1);

    const admin = await StrapiAdmin.login(target);
    const { data: queue } = await admin.request<{ data: Array<{ documentId: string; number: string }> }>('GET', '/appeals-desk/appeals');
    const documentId = queue.find((item) => item.number === number)!.documentId;
    const act = async (action: string, body: object = {}) => expect((await admin.raw('POST', `/appeals-desk/appeals/${documentId}/${action}`, body)).status, action).toBe(200);

    // The mail server goes down; three changes commit meanwhile; their messages wait and are retried.
    await smtp.close();
    await act('take');
    await act('extend', { extensionReason: 'Запрошены сведения у сетевой организации.' });
    await act('answer', { answer: 'Перерасчёт выполнен.', answerChannel: 'email' });
    await expect.poll(() => outbox().filter((row) => row.sent_at === null && row.attempts >= 2).length, { timeout: 20_000 }).toBe(3);
    expect(mailsTo(mailDir, email)).toHaveLength(1);

    smtp = await startSmtpCapture(SMTP_PORT, mailDir);
    const arrived = await waitForMails(mailDir, email, 4, 30_000);
    expect(arrived.slice(1).map((mail) => mail.subject)).toEqual([
      `Обращение № ${number} принято в работу`,
      expect.stringContaining(`Срок рассмотрения обращения № ${number}`),
      `Ответ на обращение № ${number}`,
    ]);

    // A change commits while the server is down, then Strapi is killed before its message could go.
    await smtp.close();
    const second = await post(`${instance.url}/api/intake/appeals`, validAppeal({ replyChannel: 'email', email, text: 'Второе обращение: прошу проверить показания.' }));
    expect(second.status).toBe(201);
    const secondNumber = (second.json!.data as { number: string }).number;
    await expect.poll(() => outbox().filter((row) => row.sent_at === null).length, { timeout: 10_000 }).toBe(1);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    smtp = await startSmtpCapture(SMTP_PORT, mailDir);
    child = await startCms(instance, { quiet: true });
    const all = await waitForMails(mailDir, email, 5, 30_000);
    expect(all[4]!.subject).toBe(`Обращение № ${secondNumber} зарегистрировано`);

    // Settle, then count: every message once, none repeated.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const subjects = mailsTo(mailDir, email).map((mail) => mail.subject);
    const duplicated = subjects.length - new Set(subjects).size;
    const rows = outbox();
    const figures = {
      messages: rows.length,
      sent: rows.filter((row) => row.sent_at !== null).length,
      retried: rows.reduce((sum, row) => sum + Number(row.attempts), 0),
      delivered: subjects.length,
      duplicated,
    };
    mkdirSync(path.resolve('reports'), { recursive: true });
    writeFileSync(path.resolve('reports', 'outbox-delivery.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`Outbox: ${figures.messages} messages, ${figures.sent} sent, ${figures.retried} retries, ${figures.delivered} delivered, ${figures.duplicated} duplicated`);
    expect(figures).toMatchObject({ messages: 5, sent: 5, delivered: 5, duplicated: 0 });
    expect(figures.retried).toBeGreaterThanOrEqual(6);
  } finally {
    await stopGroup(child);
    await smtp.close();
  }
});
