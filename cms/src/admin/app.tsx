import type { StrapiApp } from '@strapi/strapi/admin';
import { Mail, Message } from '@strapi/icons';
import { AttachmentsPanel } from './attachments-panel';

/** The key under which the admin remembers its interface language. */
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Editors work in Russian (the admin has no Tatar translation; content is edited in both languages).
    locales: ['ru'],
  },
  register(app: StrapiApp) {
    // The appeals desk (./desk): for the roles that may read appeals — the officers and the super admin.
    app.addMenuLink({
      to: 'appeals-desk',
      icon: Mail,
      intlLabel: { id: 'tes.appeals-desk', defaultMessage: 'Обращения и заявки' },
      Component: () => import('./desk/DeskPage'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::appeal.appeal' }],
      position: 1,
    });
    // What visitors answered to «Была ли страница полезной?» (./feedback): for the editors.
    app.addMenuLink({
      to: 'page-feedback',
      icon: Message,
      intlLabel: { id: 'tes.page-feedback', defaultMessage: 'Отзывы о страницах' },
      Component: () => import('./feedback/FeedbackPage'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::page-feedback.page-feedback' }],
      position: 2,
    });
  },
  bootstrap(app: StrapiApp) {
    // The appeal's attachments, with their downloads, beside its fields.
    (app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: unknown[]): void }).addEditViewSidePanel([AttachmentsPanel]);
    // Russian unless this browser's user has chosen another language in their profile.
    try {
      if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'ru');
    } catch {
      /* storage unavailable: the admin falls back to its own default */
    }
  },
};
