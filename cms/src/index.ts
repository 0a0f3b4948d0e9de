import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicReadAccess } from './bootstrap/public-permissions';
import { ensureLocalAdmin } from './bootstrap/local-admin';
import { ensureSiteToken } from './bootstrap/site-token';

export default {
  register() {},

  /** Idempotent set-up that every start repeats, so a fresh database and an old one end up the same. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicReadAccess(strapi);
    await ensureLocalAdmin(strapi);
    await ensureSiteToken(strapi);
  },
};
