import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { intakeConfig } from './config';
import { PAGE_FEEDBACK_UID } from './feedback';

/**
 * «Отзывы о страницах» for the editors (the page: src/admin/feedback/): each page's answers to «Была ли страница
 * полезной?» — yes, no, the latest comments — the page most recently answered first, with its title and a link to
 * it. An admin route, answered only to a role that may read the feedback (editors, the super admin).
 *   GET /page-feedback/summary
 */
const READ = 'plugin::content-manager.explorer.read';

interface Row {
  path: string;
  pageTitle: string;
  language: string;
  helpful: boolean;
  comment: string | null;
  submittedAt: string;
}

export interface PageSummary {
  path: string;
  url: string;
  title: string;
  language: string;
  yes: number;
  no: number;
  last: string;
  comments: Array<{ at: string; helpful: boolean; comment: string }>;
}

/** Pages by their latest answer, newest first; the title is the one the page had at its latest answer. */
export function summarize(rows: readonly Row[], siteUrl: string): PageSummary[] {
  const pages = new Map<string, PageSummary>();
  for (const row of [...rows].sort((a, b) => String(b.submittedAt).localeCompare(String(a.submittedAt)))) {
    const at = new Date(row.submittedAt).toISOString();
    const page = pages.get(row.path) ?? { path: row.path, url: `${siteUrl}${row.path}`, title: row.pageTitle, language: row.language, yes: 0, no: 0, last: at, comments: [] };
    if (row.helpful) page.yes += 1;
    else page.no += 1;
    if (row.comment && page.comments.length < 5) page.comments.push({ at, helpful: row.helpful, comment: row.comment });
    pages.set(row.path, page);
  }
  return [...pages.values()];
}

export function registerFeedbackSummary(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/page-feedback',
    routes: [
      {
        method: 'GET',
        path: '/summary',
        info: { type: 'admin' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: Context) => {
          const ability = (ctx.state as { userAbility?: { can(action: string, subject: string): boolean } }).userAbility;
          if (!ability?.can(READ, PAGE_FEEDBACK_UID)) return ctx.forbidden();
          const rows = (await strapi.db.query(PAGE_FEEDBACK_UID).findMany({
            select: ['path', 'pageTitle', 'language', 'helpful', 'comment', 'submittedAt'],
            orderBy: { submittedAt: 'desc' },
            limit: 20_000,
          })) as Row[];
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { data: summarize(rows, intakeConfig().siteUrl) };
        },
      },
    ],
  });
}
