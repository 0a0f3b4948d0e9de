import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from './public-content-types';

/**
 * Admin roles, made to match on every start:
 * - «Редактор контента» (Strapi's built-in Editor role, renamed): creates, edits and publishes the public content
 *   types in both languages, uploads media, and reads «Публикация сайта». It sees no other content type — visitor
 *   submissions (appeals, meter readings) belong to the appeals officer role.
 * - Administrator: Strapi's Super Admin.
 * Strapi's built-in Author role (own entries only, no publishing) has no use here and is removed while nobody has it.
 */
const EDITOR_CODE = 'strapi-editor';
const BUILD_STATUS = 'api::build-status.build-status';
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
  const editor = await roles.findOne({ code: EDITOR_CODE });
  if (!editor) return;
  if (editor.name !== 'Редактор контента') {
    await roles.update(
      { id: editor.id },
      { name: 'Редактор контента', description: 'Редактирует и публикует информацию сайта на русском и татарском языках. Не видит обращения и показания.' },
    );
  }

  const editable = new Set<string>(PUBLIC_CONTENT_TYPES);
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { values(): Array<{ actionId: string; section: string }> } };
  const contentActions = actionProvider.values().filter((action) => action.section === 'contentTypes');
  const everythingElse = Object.keys(strapi.contentTypes).filter((uid) => !editable.has(uid) && uid !== BUILD_STATUS);
  const contentTypes = strapi.service('admin::content-type') as {
    getPermissionsWithNestedFields(actions: unknown[], options: { restrictedSubjects: string[] }): Permission[];
  };
  const permissions = contentTypes
    .getPermissionsWithNestedFields(contentActions, { restrictedSubjects: everythingElse })
    // «Публикация сайта» is written by the publisher only: editors read it.
    .filter((permission) => permission.subject !== BUILD_STATUS || permission.action === 'plugin::content-manager.explorer.read')
    // Both languages, explicitly (i18n reads the locales property of each permission).
    .map((permission) =>
      permission.subject && editable.has(permission.subject) ? { ...permission, properties: { ...permission.properties, locales: ['ru', 'tt'] } } : permission,
    );
  permissions.push(...UPLOAD_ACTIONS.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));

  const current = (await strapi.db.query('admin::permission').findMany({ where: { role: { id: editor.id } } })) as Permission[];
  const key = (permission: Permission) => `${permission.action}|${permission.subject ?? ''}`;
  const same =
    current.length === permissions.length && new Set(current.map(key)).size === new Set(permissions.map(key)).size && permissions.every((permission) => current.some((have) => key(have) === key(permission)));
  if (!same) await roles.assignPermissions(editor.id, permissions);

  const author = await roles.findOne({ code: 'strapi-author' });
  if (author && (await roles.getUsersCount(author.id)) === 0) await roles.deleteByIds([author.id]);
}
