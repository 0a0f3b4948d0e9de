import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { moscowDate } from '../../../shared/calendar';
import { PAGE_FEEDBACK_UID, SATISFACTION_UID } from '../../../intake/feedback';
import { lastMonths, qualityIndicators, type QualitySources } from '../../../intake/quality';
import type { QualityIndicators } from '../../../shared/quality';
import { APPEAL_UID, READING_UID } from '../../../intake/register';

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async indicators(ctx: Context) {
    const today = moscowDate();
    // From the first day of the oldest month (Moscow time), so the figures read only the period's records.
    const since = new Date(`${lastMonths(today)[0]}-01T00:00:00+03:00`).toISOString();
    const [appeals, readings, scores, pages] = await Promise.all([
      strapi.db.query(APPEAL_UID).findMany({
        where: { registeredAt: { $gte: since } },
        select: ['registeredAt', 'requestType', 'appealStatus', 'dueDate', 'extendedTo', 'answeredAt', 'closedAt'],
      }),
      strapi.db.query(READING_UID).findMany({ where: { submittedAt: { $gte: since } }, select: ['submittedAt'] }),
      strapi.db.query(SATISFACTION_UID).findMany({ where: { submittedAt: { $gte: since } }, select: ['score', 'submittedAt'] }),
      strapi.db.query(PAGE_FEEDBACK_UID).findMany({ where: { submittedAt: { $gte: since } }, select: ['helpful', 'submittedAt'] }),
    ]);
    const sources: QualitySources = {
      appeals: (appeals as Array<Record<string, unknown>>).map((row) => ({
        registeredAt: iso(row.registeredAt)!,
        requestType: (row.requestType as string | null) ?? null,
        appealStatus: String(row.appealStatus),
        dueDate: String(row.dueDate).slice(0, 10),
        extendedTo: row.extendedTo ? String(row.extendedTo).slice(0, 10) : null,
        answeredAt: iso(row.answeredAt),
        closedAt: iso(row.closedAt),
      })),
      readings: (readings as Array<Record<string, unknown>>).map((row) => ({ submittedAt: iso(row.submittedAt)! })),
      scores: (scores as Array<Record<string, unknown>>).map((row) => ({ score: Number(row.score), submittedAt: iso(row.submittedAt)! })),
      pages: (pages as Array<Record<string, unknown>>).map((row) => ({ helpful: Boolean(row.helpful), submittedAt: iso(row.submittedAt)! })),
    };
    const indicators: QualityIndicators = qualityIndicators(sources, today);
    // Computed afresh for every request (a few queries over a year's records): the site's builds read it, and the
    // proxy in front may keep it for a minute.
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { data: indicators };
  },
});
