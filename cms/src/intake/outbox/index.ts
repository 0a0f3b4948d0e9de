import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { renderNotice, type NoticeFacts } from '../notices';
import { startOutboxSender, type OutboxSender } from './sender';
import { enqueue, ensureOutboxTable, type NoticeEvent } from './store';

/**
 * The intake's door to the outbox: `tell` writes a visitor's message in the caller's transaction and asks for it to
 * be sent once that transaction commits; `startOutbox` (bootstrap) creates the table and starts this process's sender.
 */
let sender: OutboxSender | null = null;

export async function startOutbox(strapi: Core.Strapi): Promise<OutboxSender> {
  await ensureOutboxTable(strapi.db.connection);
  sender?.stop();
  sender = startOutboxSender(strapi);
  return sender;
}

export const stopOutbox = () => {
  sender?.stop();
  sender = null;
};

/** Sends what is due now (after a commit that wrote a message). */
export const nudgeOutbox = () => sender?.nudge();

/** Waits for one pass of the sender (shutdown, tests). */
export const drainOutbox = () => sender?.drain() ?? Promise.resolve();

/**
 * Queues the message of `event` for the visitor at `email`, within `trx`; sent after the commit (`onCommit`, the
 * transaction's own hook) or, if this process dies first, by the next pass of any sender.
 */
export async function tell(
  trx: Knex.Transaction,
  onCommit: ((callback: () => void) => void) | undefined,
  event: NoticeEvent,
  appealDocumentId: string,
  email: string,
  facts: NoticeFacts,
): Promise<void> {
  const { subject, text, html } = renderNotice(event, facts);
  await enqueue(trx, { event, aboutId: appealDocumentId, reference: facts.number, recipient: email, locale: facts.locale, subject, text, html });
  if (onCommit) onCommit(() => nudgeOutbox());
  else nudgeOutbox();
}
