import type { Core } from '@strapi/strapi';
import { registerValidation } from './validation/middleware';
import { applyAdminLayout } from './bootstrap/admin-layout';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicReadAccess } from './bootstrap/public-permissions';
import { ensureLocalAdmin } from './bootstrap/local-admin';
import { ensureSiteTokens } from './bootstrap/site-token';
import { ensurePublishWebhook } from './bootstrap/publish-webhook';
import { ensureEditorRole } from './bootstrap/editor-role';
import { prepareIntake } from './bootstrap/intake';
import { registerSubmissionRules } from './bootstrap/submission-rules';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { configureAdminViews } from './bootstrap/admin-views';
import { registerDownloads } from './intake/files/download';
import { stopOutbox } from './intake/outbox';
import { registerDesk } from './intake/desk/routes';
import { registerOutageRules } from './intake/outage-notify';
import { registerFeedbackSummary } from './intake/feedback-summary';

export default {
  /**
   * Rules that must be in place before anything is saved: save-time checks of public content with
   * editor-friendly messages (cms/src/validation), appeals' and readings' integrity and status rules, the officers'
   * download routes for attachments and the appeals desk's routes.
   */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerValidation(strapi);
    registerSubmissionRules(strapi);
    registerOutageRules(strapi);
    registerDownloads(strapi);
    registerDesk(strapi);
    registerFeedbackSummary(strapi);
  },

  /** Idempotent set-up that every start repeats, so a fresh database and an old one end up the same. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicReadAccess(strapi);
    await ensureStaffRoles(strapi);
    await ensureEditorRole(strapi);
    await ensureLocalAdmin(strapi);
    await ensureSiteTokens(strapi);
    await ensurePublishWebhook(strapi);
    await prepareIntake(strapi);
    await applyAdminLayout(strapi);
    await configureAdminViews(strapi);
  },

  /** The outbox's timer stops with Strapi; what it has not sent waits in the database for the next start. */
  destroy() {
    stopOutbox();
  },
};
