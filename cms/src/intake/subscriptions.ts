import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { SubscriptionInput } from '../shared/contracts/subscription';
import { intakeConfig } from './config';
import { nudgeOutbox } from './outbox';
import { enqueue, OUTBOX_TABLE } from './outbox/store';
import { open, seal } from './receipt-token';
import { renderSubscriptionConfirmation } from './outage-mail';

/**
 * E-mail subscriptions to supply notices (issue 15): double opt-in — a subscription is pending until the link sent to
 * its address is followed and confirmed —, one-click unsubscribe (RFC 8058), and the address kept only here: no REST
 * route reads it, and no role but the super admin sees it in the admin. A pending one that is not confirmed within
 * the link's three days is deleted by the hourly sweep; an unsubscribed one is deleted at once.
 */
export const SUBSCRIPTION_UID = 'api::outage-subscription.outage-subscription';
/** Confirmation e-mails one address may be sent in a day: a flood of subscriptions for one address stops here. */
export const CONFIRMATIONS_PER_DAY = 3;

interface SubscriptionRow {
  id: number;
  documentId: string;
  email: string;
  municipality: string;
  street: string | null;
  language: 'ru' | 'tt';
  subscriptionStatus: 'pending' | 'confirmed';
}

export const subscriptionLink = (action: 'confirm' | 'unsubscribe', documentId: string) =>
  `${intakeConfig().publicUrl}/api/intake/outage-subscriptions/${action}/${seal(action === 'confirm' ? 'subscribe' : 'unsubscribe', { s: documentId }, intakeConfig().secret)}`;

export type SubscribeOutcome = 'sent' | 'already' | 'tooMany';

export async function subscribe(strapi: Core.Strapi, input: SubscriptionInput): Promise<SubscribeOutcome> {
  const email = input.email.toLowerCase();
  const street = input.street ?? null;
  return strapi.db.transaction(async ({ trx, onCommit }) => {
    const same = (await strapi.db.query(SUBSCRIPTION_UID).findMany({
      where: { email, municipality: input.municipality, street: street ?? { $null: true }, subscriptionStatus: { $in: ['pending', 'confirmed'] } },
    })) as SubscriptionRow[];
    if (same.some((row) => row.subscriptionStatus === 'confirmed')) return 'already';
    const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
    const sent = await (trx as Knex.Transaction)(OUTBOX_TABLE).where({ event: 'subscribe', recipient: email }).where('created_at', '>=', dayAgo).count({ n: '*' });
    if (Number((sent[0] as { n: number | string }).n) >= CONFIRMATIONS_PER_DAY) return 'tooMany';
    const row =
      same[0] ??
      ((await strapi.db.query(SUBSCRIPTION_UID).create({
        data: { email, municipality: input.municipality, street, language: input.locale, subscriptionStatus: 'pending', requestedAt: new Date().toISOString() },
      })) as SubscriptionRow);
    const message = renderSubscriptionConfirmation(input.locale, input.municipality, street, subscriptionLink('confirm', row.documentId));
    await enqueue(trx, { event: 'subscribe', aboutId: row.documentId, reference: `subscription ${row.id}`, recipient: email, locale: input.locale, ...message });
    onCommit(() => nudgeOutbox());
    return 'sent';
  });
}

export type LinkOutcome = 'done' | 'already' | 'invalid';

/** Confirms the subscription the link names: once; a second use says so, a forged or expired link changes nothing. */
export async function confirmSubscription(strapi: Core.Strapi, token: string): Promise<LinkOutcome> {
  const payload = open<{ s?: unknown }>('subscribe', token, intakeConfig().secret);
  if (!payload || typeof payload.s !== 'string') return 'invalid';
  const row = (await strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { documentId: payload.s } })) as SubscriptionRow | null;
  if (!row) return 'invalid';
  if (row.subscriptionStatus === 'confirmed') return 'already';
  await strapi.db.query(SUBSCRIPTION_UID).update({ where: { id: row.id }, data: { subscriptionStatus: 'confirmed', confirmedAt: new Date().toISOString() } });
  return 'done';
}

/** Ends the subscription the link names and forgets its address (RFC 8058's one click, or the page's button). */
export async function unsubscribe(strapi: Core.Strapi, token: string): Promise<LinkOutcome> {
  const payload = open<{ s?: unknown }>('unsubscribe', token, intakeConfig().secret);
  if (!payload || typeof payload.s !== 'string') return 'invalid';
  const row = (await strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { documentId: payload.s }, select: ['id'] })) as { id: number } | null;
  if (!row) return 'already';
  await strapi.db.query(SUBSCRIPTION_UID).delete({ where: { id: row.id } });
  return 'done';
}

/** Pending subscriptions whose link has expired: nobody confirmed the address, so it is not kept. */
export async function sweepSubscriptions(strapi: Core.Strapi): Promise<number> {
  const before = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString();
  const { count } = (await strapi.db.query(SUBSCRIPTION_UID).deleteMany({ where: { subscriptionStatus: 'pending', requestedAt: { $lt: before } } })) as { count: number };
  return count;
}
