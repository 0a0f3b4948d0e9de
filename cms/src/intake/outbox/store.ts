import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { ensureTable } from '../tables';

/**
 * The outbox: every message to a visitor (the registration's confirmation, then each step of the appeal's
 * lifecycle) is a row written in the same transaction as the change it tells of, and sent after the commit by the
 * sender (./sender.ts). A change that rolls back leaves no message; a committed one always has its message, whatever
 * happens to the process or the mail server after the commit. A row is claimed before it is sent (so two senders —
 * two replicas, or a timer and a nudge — never send it twice), retried with backoff while the server refuses, and
 * marked sent once; its body is then erased (it held the access code, the answer), its subject kept for the history.
 * Our own table, not a content type: nobody edits it, no API reads it.
 */
export const OUTBOX_TABLE = 'tes_outbox';

/** An appeal's steps (../notices.ts), a subscription's confirmation, and a supply notice to its subscribers. */
export type NoticeEvent = 'registered' | 'taken' | 'extended' | 'answered' | 'closed';
export type OutboxEvent = NoticeEvent | 'subscribe' | 'outage';

export interface OutgoingMessage {
  event: OutboxEvent;
  /** What the message is about — an appeal, a subscription — by its documentId, and a reference for the logs (a number). */
  aboutId: string;
  reference: string;
  /** Extra headers (a subscriber's List-Unsubscribe). */
  headers?: Record<string, string>;
  /** A message that must go once only (a notice to a subscriber): a second one with the same key is not written. */
  dedupeKey?: string;
  recipient: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
}

export interface OutboxRow {
  id: number;
  event: OutboxEvent;
  about_id: string;
  reference: string;
  headers: string | null;
  recipient: string | null;
  locale: string;
  subject: string;
  body_text: string | null;
  body_html: string | null;
  created_at: number;
  attempts: number;
  next_attempt_at: number;
  sent_at: number | null;
  failed_at: number | null;
  last_error: string | null;
}

export async function ensureOutboxTable(knex: Knex): Promise<void> {
  await ensureTable(knex, OUTBOX_TABLE, (table) => {
    table.increments('id').primary();
    table.string('event', 20).notNullable();
    table.string('about_id', 64).notNullable().index();
    table.string('reference', 100).notNullable();
    table.text('headers');
    table.string('dedupe_key', 200).unique();
    table.string('recipient', 254);
    table.string('locale', 2).notNullable();
    table.string('subject', 400).notNullable();
    table.text('body_text');
    table.text('body_html');
    // Times in milliseconds since the epoch: one type on SQLite and PostgreSQL, compared as numbers.
    table.bigInteger('created_at').notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('next_attempt_at').notNullable().index();
    table.bigInteger('claimed_until');
    table.string('claim_token', 36);
    table.bigInteger('sent_at');
    table.bigInteger('failed_at');
    table.string('last_error', 300);
  });
}

/** Writes a message within the caller's transaction: it exists if and only if the change it tells of commits. */
export async function enqueue(trx: Knex.Transaction | Knex, message: OutgoingMessage, now = Date.now()): Promise<void> {
  const insert = trx(OUTBOX_TABLE).insert({
    event: message.event,
    about_id: message.aboutId,
    reference: message.reference,
    headers: message.headers ? JSON.stringify(message.headers) : null,
    dedupe_key: message.dedupeKey ?? null,
    recipient: message.recipient,
    locale: message.locale,
    subject: message.subject,
    body_text: message.text,
    body_html: message.html,
    created_at: now,
    attempts: 0,
    next_attempt_at: now,
  });
  await (message.dedupeKey ? insert.onConflict('dedupe_key').ignore() : insert);
}

const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const asRow = (row: Record<string, unknown>): OutboxRow =>
  ({
    ...row,
    id: Number(row.id),
    created_at: Number(row.created_at),
    attempts: Number(row.attempts),
    next_attempt_at: Number(row.next_attempt_at),
    sent_at: number(row.sent_at),
    failed_at: number(row.failed_at),
  }) as OutboxRow;

/**
 * Claims up to `limit` messages that are due, for `leaseMs`: no other sender takes them until the lease ends (a
 * sender that dies mid-send leaves its claim to expire, and the message is sent by the next). The conditions are
 * repeated on the UPDATE itself, so on PostgreSQL a row claimed by a concurrent transaction is re-checked and skipped.
 */
export async function claimDue(knex: Knex, now: number, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const token = randomUUID();
  const due = (query: Knex.QueryBuilder) =>
    query
      .whereNull('sent_at')
      .whereNull('failed_at')
      .where('next_attempt_at', '<=', now)
      .where((open) => open.whereNull('claimed_until').orWhere('claimed_until', '<', now));
  const ids = due(knex(OUTBOX_TABLE).select('id')).orderBy('id').limit(limit);
  await due(knex(OUTBOX_TABLE).whereIn('id', ids)).update({ claimed_until: now + leaseMs, claim_token: token });
  const rows = (await knex(OUTBOX_TABLE).where({ claim_token: token }).orderBy('id')) as Array<Record<string, unknown>>;
  return rows.map(asRow);
}

/** Sent: marked once, and the body erased (the recipient stays for the appeal's history). */
export async function markSent(knex: Knex, id: number, at: number): Promise<void> {
  await knex(OUTBOX_TABLE).where({ id }).update({ sent_at: at, claimed_until: null, claim_token: null, body_text: null, body_html: null, last_error: null });
}

/** Refused by the mail server: tried again at `retryAt`, or given up (`failed`) after the last attempt. */
export async function markRefused(knex: Knex, id: number, attempts: number, retryAt: number | null, error: string, now: number): Promise<void> {
  await knex(OUTBOX_TABLE)
    .where({ id })
    .update({
      attempts,
      next_attempt_at: retryAt ?? now,
      failed_at: retryAt === null ? now : null,
      claimed_until: null,
      claim_token: null,
      last_error: error.slice(0, 300),
    });
}

/** The messages about one appeal (or subscription), oldest first: what the desk shows beside its history. */
export async function messagesOf(knex: Knex, aboutId: string): Promise<OutboxRow[]> {
  const rows = (await knex(OUTBOX_TABLE)
    .where({ about_id: aboutId })
    .orderBy('id')
    .select('id', 'event', 'about_id', 'reference', 'recipient', 'locale', 'subject', 'created_at', 'attempts', 'next_attempt_at', 'sent_at', 'failed_at', 'last_error')) as Array<
    Record<string, unknown>
  >;
  return rows.map(asRow);
}

/** Counts for the logs and the delivery report: sent, waiting, given up, and attempts beyond the first. */
export async function outboxFigures(knex: Knex): Promise<{ sent: number; waiting: number; failed: number; retries: number }> {
  const rows = (await knex(OUTBOX_TABLE).select('sent_at', 'failed_at', 'attempts')) as Array<{ sent_at: unknown; failed_at: unknown; attempts: unknown }>;
  return {
    sent: rows.filter((row) => row.sent_at !== null).length,
    waiting: rows.filter((row) => row.sent_at === null && row.failed_at === null).length,
    failed: rows.filter((row) => row.failed_at !== null).length,
    // A message sent at its first attempt has attempts 0 (only refusals are counted).
    retries: rows.reduce((sum, row) => sum + Number(row.attempts), 0),
  };
}
