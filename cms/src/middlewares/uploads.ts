import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * Multipart bodies outside the intake (the media library's uploads in the admin), parsed by Strapi's own body
 * middleware exactly as it would — strapi::body runs with multipart off, so that the intake's posts reach their
 * controller unread and are streamed to the private store there (src/intake/files), never to the system's temp folder.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const parse = strapi.middleware('strapi::body')({}, { strapi }) as (ctx: Context, next: Next) => Promise<unknown>;
  return async (ctx: Context, next: Next) => (ctx.is('multipart/form-data') && !ctx.path.startsWith('/api/intake/') ? parse(ctx, next) : next());
};
