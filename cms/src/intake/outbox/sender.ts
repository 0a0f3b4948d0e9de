import type { Core } from '@strapi/strapi';
import { APPEAL_UID } from '../register';
import { claimDue, markRefused, markSent, type OutboxRow } from './store';

/**
 * Sends the outbox (./store.ts) after each commit (a nudge) and on a timer (what a nudge missed: messages written
 * before a crash, retries that came due). One pass at a time per process; claims keep two processes apart.
 *
 * A refused message is retried after OUTBOX_RETRY_BASE_MS, doubling each time up to OUTBOX_RETRY_MAX_MS, until
 * OUTBOX_MAX_ATTEMPTS refusals — about a day with the defaults — after which it is marked failed and the desk shows
 * it. Nothing is lost in between: the row waits in the database, whatever restarts. A claim lasts OUTBOX_LEASE_MS:
 * a process killed mid-send leaves its messages to the next sender once the lease ends.
 */
export interface SenderSettings {
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  /** How long a claim holds: longer than a send can take. */
  leaseMs: number;
}

const int = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number (got "${process.env[name]}")`);
  return value;
};

export const senderSettings = (): SenderSettings => ({
  pollMs: int('OUTBOX_POLL_MS', 5_000),
  retryBaseMs: int('OUTBOX_RETRY_BASE_MS', 5_000),
  retryMaxMs: int('OUTBOX_RETRY_MAX_MS', 15 * 60_000),
  maxAttempts: int('OUTBOX_MAX_ATTEMPTS', 100),
  leaseMs: int('OUTBOX_LEASE_MS', 60_000),
});

/** The wait before retry number `attempts` (1 = after the first refusal). */
export const retryDelay = (attempts: number, settings: Pick<SenderSettings, 'retryBaseMs' | 'retryMaxMs'>) =>
  Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.min(attempts - 1, 30));

/** An SMTP error can quote the address; the log and the row keep only what says why. */
export const withoutAddresses = (message: string) => message.replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>');

export interface OutboxSender {
  /** Sends what is due now, without waiting for the timer (called after a commit that wrote a message). */
  nudge(): void;
  /** One pass, awaited (tests, shutdown). */
  drain(): Promise<void>;
  stop(): void;
}

export function startOutboxSender(strapi: Core.Strapi, settings: SenderSettings = senderSettings()): OutboxSender {
  const knex = strapi.db.connection;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function send(row: OutboxRow): Promise<void> {
    try {
      await strapi
        .plugin('email')
        .service('email')
        .send({
          to: row.recipient,
          subject: row.subject,
          text: row.body_text,
          html: row.body_html,
          // One identity per message: a server or a mailbox that sees it twice can tell.
          messageId: `<tes-outbox-${row.id}-${row.created_at}@tatenergosbyt.ru>`,
          headers: { 'Content-Language': row.locale, ...(row.headers ? (JSON.parse(row.headers) as Record<string, string>) : {}) },
        });
    } catch (error) {
      const attempts = row.attempts + 1;
      const now = Date.now();
      const retryAt = attempts >= settings.maxAttempts ? null : now + retryDelay(attempts, settings);
      const reason = withoutAddresses(error instanceof Error ? error.message : String(error));
      await markRefused(knex, row.id, attempts, retryAt, reason, now);
      strapi.log.warn(`E-mail ${row.event} of ${row.reference} refused (attempt ${attempts}): ${reason}${retryAt === null ? '; given up' : ''}`);
      return;
    }
    const sentAt = Date.now();
    await markSent(knex, row.id, sentAt);
    // The clause-75 notice of an extension is this message: the record keeps when it went.
    if (row.event === 'extended') {
      await strapi.db.query(APPEAL_UID).update({ where: { documentId: row.about_id }, data: { extensionNoticeAt: new Date(sentAt).toISOString() } });
    }
  }

  async function pass(): Promise<void> {
    for (;;) {
      const batch = await claimDue(knex, Date.now(), 10, settings.leaseMs);
      if (!batch.length) return;
      for (const row of batch) await send(row);
    }
  }

  function drain(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pass();
        } while (again && !stopped);
      } catch (error) {
        // The database went away mid-pass (a shutdown): the rows stay, the next pass takes them.
        strapi.log.error(`Outbox pass failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  const timer = setInterval(() => void drain(), settings.pollMs);
  timer.unref();
  void drain();
  return {
    nudge: () => setImmediate(() => void drain()),
    drain,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
