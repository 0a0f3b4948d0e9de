import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../shared/public-types';
import { EDITOR_ROLE } from './staff-roles';

/**
 * «Редактор контента» (tes-content-editor), made to match on every start: creates, edits and publishes the public
 * content types in both languages, uploads media, and reads «Публикация сайта» and the pages' feedback. It sees no other content type —
 * visitor submissions (appeals, meter readings) belong to the appeals officer (staff-roles.ts).
 * Strapi's built-in Editor and Author roles (a fresh database gets them) have no use here and are removed while
 * nobody has them, so the admin offers exactly: Super Admin, «Редактор контента», «Сотрудник по обращениям».
 */
const BUILD_STATUS = 'api::build-status.build-status';
/** What visitors answered to «Была ли страница полезной?»: editors read it (no personal data), nobody edits it. */
const PAGE_FEEDBACK = 'api::page-feedback.page-feedback';
const READ_ONLY = new Set([BUILD_STATUS, PAGE_FEEDBACK]);
const UPLOAD_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

export async function ensureEditorRole(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const editor = (await roles.findOne({ code: EDITOR_ROLE.code })) ?? (await roles.create(EDITOR_ROLE));

  const editable = new Set<string>(PUBLIC_CONTENT_TYPES);
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { values(): Array<{ actionId: string; section: string }> } };
  const contentActions = actionProvider.values().filter((action) => action.section === 'contentTypes');
  const everythingElse = Object.keys(strapi.contentTypes).filter((uid) => !editable.has(uid) && !READ_ONLY.has(uid));
  const contentTypes = strapi.service('admin::content-type') as {
    getPermissionsWithNestedFields(actions: unknown[], options: { restrictedSubjects: string[] }): Permission[];
  };
  const permissions = contentTypes
    .getPermissionsWithNestedFields(contentActions, { restrictedSubjects: everythingElse })
    // «Публикация сайта» is written by the publisher only: editors read it.
    .filter((permission) => !READ_ONLY.has(permission.subject ?? '') || permission.action === 'plugin::content-manager.explorer.read')
    // Both languages, explicitly (i18n reads the locales property of each permission).
    .map((permission) =>
      permission.subject && editable.has(permission.subject) ? { ...permission, properties: { ...permission.properties, locales: ['ru', 'tt'] } } : permission,
    );
  permissions.push(...UPLOAD_ACTIONS.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));

  const current = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: editor.id } } })) as Permission[];
  const key = (permission: Permission) => `${permission.action}|${permission.subject ?? ''}`;
  const same =
    current.length === permissions.length &&
    new Set(current.map(key)).size === new Set(permissions.map(key)).size &&
    permissions.every((permission) => current.some((have) => key(have) === key(permission)));
  if (!same) await roles.assignPermissions(editor.id, permissions);

  for (const code of ['strapi-editor', 'strapi-author']) {
    const builtIn = await roles.findOne({ code });
    if (builtIn && (await roles.getUsersCount(builtIn.id)) === 0) await roles.deleteByIds([builtIn.id]);
  }
}
