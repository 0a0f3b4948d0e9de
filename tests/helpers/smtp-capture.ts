import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server that keeps what it receives, so the tests can read the confirmation e-mails Strapi sends
 * through its e-mail plugin (nodemailer) — the real send path, only the mailbox is ours. Each message is parsed
 * (MIME, encodings) and written as JSON into `dir`, where the test workers read it.
 */
export interface CapturedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  language: string | null;
  /** The raw values of headers the tests read as they came (List-Unsubscribe, Message-ID). */
  headers: Record<string, string>;
}

export async function startSmtpCapture(port: number, dir: string): Promise<{ close(): Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const recipients = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((address) => address.value.map((entry) => entry.address ?? ''));
          const message: CapturedMail = {
            to: recipients,
            from: mail.from?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            language: (mail.headers.get('content-language') as string | undefined) ?? null,
            headers: Object.fromEntries(
              mail.headerLines
                .filter((line) => ['list-unsubscribe', 'list-unsubscribe-post', 'message-id'].includes(line.key))
                .map((line) => [line.key, line.line.slice(line.line.indexOf(':') + 1).trim()]),
            ),
          };
          count += 1;
          writeFileSync(path.join(dir, `${Date.now()}-${count}.json`), JSON.stringify(message));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Waits for a captured message to `address`. */
export async function waitForMail(dir: string, address: string, timeoutMs = 15_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(dir)) {
      const mail = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CapturedMail;
      if (mail.to.includes(address)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no e-mail to ${address} within ${timeoutMs / 1000} s`);
}

/** Every captured message to `address`, oldest first (a test that must see each message once counts them). */
export function mailsTo(dir: string, address: string): CapturedMail[] {
  return readdirSync(dir)
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]) || a.localeCompare(b))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CapturedMail)
    .filter((mail) => mail.to.includes(address));
}

/** Waits until `count` messages to `address` have arrived, and returns them. */
export async function waitForMails(dir: string, address: string, count: number, timeoutMs = 20_000): Promise<CapturedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = mailsTo(dir, address);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`${mails.length} of ${count} e-mails to ${address} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
