import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { nudgeOutbox } from './outbox';
import { enqueue } from './outbox/store';
import { renderOutageNotice, type OutageFacts } from './outage-mail';
import { SUBSCRIPTION_UID, subscriptionLink } from './subscriptions';
import { onceInCluster } from './cluster';

/**
 * Supply notices and their subscribers (issue 15). When a notice is published — the first time, or again with its
 * times changed (moved, restored) — each confirmed subscriber of its municipality (and of one of its streets, if the
 * subscription names one) is written one message in their language, in the publishing transaction, through the
 * outbox. The message's key (the notice, its times, the subscriber) is unique in the outbox: publishing the same
 * times again sends nothing, whatever the editor clicks.
 */
export const NOTICE_UID = 'api::supply-notice.supply-notice';

type Notice = OutageFacts & { documentId: string };

/** A street as people write it, for matching a subscription to a notice: no «ул.», «урамы», case, ё or punctuation. */
export const streetKey = (street: string) =>
  street
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\b(ул|улица|пр|проспект|пер|переулок|бульвар|б-р|ш|шоссе|пл|площадь)\b\.?/gu, ' ')
    .replace(/(урамы|тыкрыгы|проспекты|мәйданы)/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const streetMatches = (streets: ReadonlyArray<{ street: string }>, wanted: string) => {
  const key = streetKey(wanted);
  return (
    key !== '' &&
    streets.some((street) => {
      const own = streetKey(street.street);
      return own === key || own.includes(key) || key.includes(own);
    })
  );
};

/** What a subscriber is told of: the kind and the times. A change in any is a new message. */
const versionOf = (notice: Notice) =>
  createHash('sha256')
    .update([notice.kind, notice.startsAt, notice.restoreBy, notice.restoredAt ?? ''].join('|'))
    .digest('hex')
    .slice(0, 16);

export async function notifySubscribers(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  onCommit: (callback: () => void) => void,
  documentId: string,
  locales: readonly string[],
): Promise<number> {
  let written = 0;
  for (const locale of locales) {
    const notice = (await strapi.documents(NOTICE_UID).findOne({ documentId, locale, status: 'published', populate: ['streets'] } as never)) as unknown as Notice | null;
    if (!notice) continue;
    const subscribers = (await strapi.db.query(SUBSCRIPTION_UID).findMany({
      where: { municipality: notice.municipality, subscriptionStatus: 'confirmed', language: locale },
      select: ['documentId', 'email', 'street'],
    })) as Array<{ documentId: string; email: string; street: string | null }>;
    const version = versionOf(notice);
    for (const subscriber of subscribers) {
      if (subscriber.street && !streetMatches(notice.streets ?? [], subscriber.street)) continue;
      const unsubscribe = subscriptionLink('unsubscribe', subscriber.documentId);
      const message = renderOutageNotice(locale as 'ru' | 'tt', notice, unsubscribe);
      await enqueue(trx, {
        event: 'outage',
        aboutId: subscriber.documentId,
        reference: `notice ${notice.slug}`,
        recipient: subscriber.email,
        locale,
        ...message,
        // RFC 2369 and 8058: the mail client's own «unsubscribe», one click, no page to visit.
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        dedupeKey: `outage:${documentId}:${version}:${subscriber.documentId}`,
      });
      written += 1;
    }
  }
  if (written) onCommit(() => nudgeOutbox());
  return written;
}

/**
 * The notices' own rules on save: a moved restoration keeps the time it was moved from (the site then says «перенесено
 * на … (было …)»), and a publish tells the subscribers. A Document Service middleware: the admin, the API and the seed
 * alike.
 */
export function registerOutageRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== NOTICE_UID) return next();
    const params = context.params as { documentId?: string; locale?: string | string[]; data?: Record<string, unknown> };
    if (context.action === 'update' && params.data && params.documentId) {
      const data = params.data;
      delete data.restoreByPrevious;
      if (data.restoreBy) {
        // Moved from what visitors were told: the published time, if the notice is published.
        const previous = (await strapi.db.query(NOTICE_UID).findOne({ where: { documentId: params.documentId, publishedAt: { $notNull: true } }, select: ['restoreBy'] })) as {
          restoreBy: string | null;
        } | null;
        if (previous?.restoreBy && Date.parse(String(previous.restoreBy)) !== Date.parse(String(data.restoreBy))) data.restoreByPrevious = previous.restoreBy;
      }
      return next();
    }
    if (context.action !== 'publish' || !params.documentId) return next();
    const documentId = params.documentId;
    const locales = params.locale === '*' || params.locale === undefined ? ['ru', 'tt'] : Array.isArray(params.locale) ? params.locale : [params.locale];
    return strapi.db.transaction(async ({ trx, onCommit }) => {
      const result = await next();
      await notifySubscribers(strapi, trx, onCommit, documentId, locales);
      return result;
    });
  });
}

/**
 * A notice changes state with the clock — planned work begins, supply is due back — and the static site shows the
 * state as of its build. Every five minutes, once in the cluster (intake/cluster.ts), this looks for a published
 * notice whose start, planned restoration or restoration fell in the five minutes before this slot, and if there is
 * one asks the publisher for a build, through the same webhook a publish sends: the site then says «сейчас» or
 * «восстановлено» within minutes, with no editor's click.
 */
const FIVE_MINUTES = 300_000;

export function watchNoticeTimes(strapi: Core.Strapi): void {
  strapi.cron.add({
    supplyNoticeTimes: {
      task: () =>
        onceInCluster(strapi.db.connection, 'supplyNoticeTimes', FIVE_MINUTES, async () => {
          const now = Date.now();
          const since = Math.floor(now / FIVE_MINUTES) * FIVE_MINUTES - FIVE_MINUTES;
          const notices = (await strapi.db.query(NOTICE_UID).findMany({
            where: { publishedAt: { $notNull: true } },
            select: ['documentId', 'startsAt', 'restoreBy', 'restoredAt'],
          })) as Array<{ documentId: string; startsAt: string | null; restoreBy: string | null; restoredAt: string | null }>;
          const crossed = notices.find((notice) =>
            [notice.startsAt, notice.restoreBy, notice.restoredAt].some((value) => {
              const at = value ? Date.parse(String(value)) : NaN;
              return at > since && at <= now;
            }),
          );
          if (crossed) {
            strapi.log.info(`Supply notice ${crossed.documentId} changed state with the time: asking for a build.`);
            await strapi.eventHub.emit('entry.publish', { uid: NOTICE_UID, model: 'supply-notice', entry: { documentId: crossed.documentId } });
          }
        }),
      options: { rule: '*/5 * * * *', tz: 'Europe/Moscow' },
    },
  });
}
