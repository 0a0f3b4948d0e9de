import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ATTACHMENT_MIME, type AttachmentType } from '../../shared/contracts/attachments';
import { APPEAL_UID } from '../register';
import { FILE_UID, storedPath } from './store';

/**
 * The officers' way to attachments: admin routes (an admin's login, never the public API), answered only to a user
 * whose role may read appeals' files — the appeals officers and the super admin; a content editor gets 403.
 *   GET /intake-files/appeals/:documentId — the files of one appeal (what the edit view's panel lists);
 *   GET /intake-files/:documentId         — one file, as a download (never shown inline: it came from outside).
 */
const READ = 'plugin::content-manager.explorer.read';

interface FileRow {
  documentId: string;
  fileName: string;
  fileType: AttachmentType;
  size: number;
  sha256: string;
  receivedAt: string;
  storageKey: string;
}

const mayRead = (ctx: Context) => Boolean((ctx.state as { userAbility?: { can(action: string, subject: string): boolean } }).userAbility?.can(READ, FILE_UID));

/** RFC 6266: the name in UTF-8 for every browser that reads it, an ASCII stand-in for any that does not. */
export const contentDisposition = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerDownloads(strapi: Core.Strapi): void {
  const files = () => strapi.db.query(FILE_UID);
  strapi.server.routes({
    type: 'admin',
    prefix: '/intake-files',
    routes: [
      {
        method: 'GET',
        path: '/appeals/:documentId',
        info: { type: 'admin' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: Context) => {
          if (!mayRead(ctx)) return ctx.forbidden();
          const appeal = await strapi.db.query(APPEAL_UID).findOne({ where: { documentId: ctx.params.documentId }, select: ['id'] });
          if (!appeal) return ctx.notFound();
          const rows = (await files().findMany({
            where: { appeal: appeal.id },
            select: ['documentId', 'fileName', 'fileType', 'size', 'sha256', 'receivedAt'],
            orderBy: { id: 'asc' },
          })) as FileRow[];
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { data: rows };
        },
      },
      {
        method: 'GET',
        path: '/:documentId',
        info: { type: 'admin' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: Context) => {
          if (!mayRead(ctx)) return ctx.forbidden();
          const file = (await files().findOne({ where: { documentId: ctx.params.documentId } })) as FileRow | null;
          if (!file) return ctx.notFound();
          const location = storedPath(file.storageKey);
          // Past its retention the sweep removes file and record together; a record without its file is a fault.
          if (
            !(await access(location).then(
              () => true,
              () => false,
            ))
          )
            return ctx.notFound();
          ctx.set('Content-Type', ATTACHMENT_MIME[file.fileType]);
          ctx.set('Content-Disposition', contentDisposition(file.fileName));
          ctx.set('Content-Length', String(file.size));
          ctx.set('X-Content-Type-Options', 'nosniff');
          ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
          ctx.set('Cache-Control', 'private, no-store');
          ctx.body = createReadStream(location);
        },
      },
    ],
  });
}
