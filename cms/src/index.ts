import type { Core } from '@strapi/strapi';
import { registerValidation } from './validation/middleware';
import { applyAdminLayout } from './bootstrap/admin-layout';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicReadAccess } from './bootstrap/public-permissions';
import { ensureLocalAdmin } from './bootstrap/local-admin';
import { ensureSiteTokens } from './bootstrap/site-token';
import { ensurePublishWebhook } from './bootstrap/publish-webhook';
import { ensureEditorRole } from './bootstrap/editor-role';

export default {
  /** Save-time checks with editor-friendly messages (cms/src/validation). */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerValidation(strapi);
  },

  /** Idempotent set-up that every start repeats, so a fresh database and an old one end up the same. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicReadAccess(strapi);
    await ensureLocalAdmin(strapi);
    await ensureSiteTokens(strapi);
    await ensurePublishWebhook(strapi);
    await applyAdminLayout(strapi);
    await ensureEditorRole(strapi);
  },
};
