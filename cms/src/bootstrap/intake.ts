import type { Core } from '@strapi/strapi';
import { intakeConfig } from '../intake/config';
import { moscowDate } from '../shared/calendar';
import { deadlineState } from '../intake/deadlines';
import { APPEAL_UID } from '../intake/register';
import { ensureSequenceTable } from '../intake/sequence';
import { ensureHistoryTable } from '../intake/history';
import { startOutbox } from '../intake/outbox';
import { sweepSubscriptions } from '../intake/subscriptions';
import { watchNoticeTimes } from '../intake/outage-notify';
import { prepareFileStore, sweepFiles } from '../intake/files/store';
import { ensureRateLimitTable, sweepRateLimits } from '../intake/rate-limit';
import { ensureJobRunsTable, onceInCluster } from '../intake/cluster';
import { startMetricsServer } from '../intake/telemetry';

const HOUR = 3_600_000;

/**
 * The intake's start-up: its settings are checked (a missing INTAKE_SECRET stops the start, not the first
 * visitor), the number sequences', history and outbox tables exist and the outbox's sender runs, the officers' deadline marks are refreshed now and hourly, and the
 * attachments' store is swept now and hourly: what a killed process left, files past their retention.
 */
export async function prepareIntake(strapi: Core.Strapi): Promise<void> {
  intakeConfig();
  await ensureSequenceTable(strapi.db.connection);
  await ensureHistoryTable(strapi.db.connection);
  await ensureRateLimitTable(strapi.db.connection);
  await ensureJobRunsTable(strapi.db.connection);
  // Messages written before a stop (or a crash) go out now; new ones after each commit.
  await startOutbox(strapi);
  // Prometheus metrics on METRICS_PORT (127.0.0.1), when set; closed with Strapi.
  const metrics = startMetricsServer();
  if (metrics) strapi.server.httpServer.once('close', () => metrics.close());
  if (!process.env.SMTP_HOST) strapi.log.warn('SMTP_HOST is not set: confirmation e-mails of appeals are rendered but not sent.');
  await refreshDeadlines(strapi);
  await prepareFileStore();
  const swept = await sweepFiles(strapi, { startUp: true });
  if (swept.leftovers || swept.orphans || swept.expired)
    strapi.log.info(`Attachments: removed ${swept.leftovers} unfinished upload(s), ${swept.orphans} file(s) without a record, ${swept.expired} past retention.`);
  watchNoticeTimes(strapi);
  // Hourly, once in the cluster whatever the number of replicas (intake/cluster.ts).
  const hourly =
    (job: string, task: (app: Core.Strapi) => Promise<unknown>) =>
    ({ strapi: app }: { strapi: Core.Strapi }) =>
      onceInCluster(app.db.connection, job, HOUR, () => task(app));
  strapi.cron.add({
    refreshAppealDeadlines: { task: hourly('refreshAppealDeadlines', refreshDeadlines), options: { rule: '0 * * * *', tz: 'Europe/Moscow' } },
    sweepAttachments: {
      task: hourly('sweepAttachments', async (app) => {
        await sweepFiles(app);
        await sweepRateLimits(app.db.connection);
      }),
      options: { rule: '30 * * * *', tz: 'Europe/Moscow' },
    },
    // Subscriptions nobody confirmed within the link's three days: the address is not kept.
    sweepSubscriptions: { task: hourly('sweepSubscriptions', sweepSubscriptions), options: { rule: '45 * * * *', tz: 'Europe/Moscow' } },
  });
}

/**
 * Time moves deadlines: an open appeal becomes "due soon", then "overdue", without anyone saving it. This marks
 * every open appeal for today (Moscow), so the officers' list can be filtered and sorted by it.
 */
export async function refreshDeadlines(strapi: Core.Strapi): Promise<number> {
  const today = moscowDate(new Date());
  const open = (await strapi.db.query(APPEAL_UID).findMany({
    where: { appealStatus: { $notIn: ['answered', 'closed-no-answer'] } },
    select: ['id', 'appealStatus', 'dueDate', 'extendedTo', 'deadlineState'],
  })) as Array<{ id: number; appealStatus: string; dueDate: string; extendedTo: string | null; deadlineState: string }>;
  const byState = new Map<string, number[]>();
  for (const appeal of open) {
    const state = deadlineState(
      { status: appeal.appealStatus, dueDate: String(appeal.dueDate).slice(0, 10), extendedTo: appeal.extendedTo ? String(appeal.extendedTo).slice(0, 10) : null },
      today,
    );
    if (state !== appeal.deadlineState) byState.set(state, [...(byState.get(state) ?? []), appeal.id]);
  }
  for (const [state, ids] of byState) await strapi.db.query(APPEAL_UID).updateMany({ where: { id: { $in: ids } }, data: { deadlineState: state } });
  return [...byState.values()].reduce((sum, ids) => sum + ids.length, 0);
}
