import type { Core } from '@strapi/strapi';

/**
 * Strapi's REST API returns drafts to anyone who may `find` a type and asks `?status=draft` — the public role
 * included. Unpublished content (a tariff not yet in force, a notice being drafted) must not be public: without
 * credentials, asking for drafts is refused. The site's own tokens may still read drafts, for the preview.
 */
export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) =>
  async (ctx: { path: string; query: Record<string, unknown>; request: { header: Record<string, unknown> }; status: number; body: unknown }, next: () => Promise<void>) => {
    const anonymous = !ctx.request.header.authorization;
    if (anonymous && ctx.path.startsWith('/api/') && ctx.query.status !== undefined && ctx.query.status !== 'published') {
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Drafts are not public', details: {} } };
      return;
    }
    await next();
  };
