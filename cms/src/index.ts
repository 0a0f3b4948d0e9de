import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicReadAccess } from './bootstrap/public-permissions';
import { ensureLocalAdmin } from './bootstrap/local-admin';
import { ensureSiteToken } from './bootstrap/site-token';
import { prepareIntake } from './bootstrap/intake';
import { registerSubmissionRules } from './bootstrap/submission-rules';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { configureAdminViews } from './bootstrap/admin-views';

export default {
  /** Rules that must be in place before anything is saved: appeals' and readings' integrity and status rules. */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerSubmissionRules(strapi);
  },

  /** Idempotent set-up that every start repeats, so a fresh database and an old one end up the same. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicReadAccess(strapi);
    await ensureStaffRoles(strapi);
    await ensureLocalAdmin(strapi);
    await ensureSiteToken(strapi);
    await prepareIntake(strapi);
    await configureAdminViews(strapi);
  },
};
