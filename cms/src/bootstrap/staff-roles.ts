import type { Core, UID } from '@strapi/strapi';
import { APPEAL_UID, READING_UID } from '../intake/register';
import { FILE_UID } from '../intake/files/store';
import { SATISFACTION_UID } from '../intake/feedback';
import { SUBSCRIPTION_UID } from '../intake/subscriptions';

/**
 * Admin roles (README, "Roles"). Appeals and readings carry personal data (152-FZ): only the appeals officers
 * (and the super admin) may see them.
 *   - «Сотрудник по обращениям» (tes-appeals-officer): reads appeals, readings and the appeals' files (and downloads
 *     them: src/intake/files/download.ts); changes only the processing fields (status, extension notice, answer and
 *     its channel, ground for closing, internal note; "processed"); never changes a file's record.
 *     Its permissions are reset to exactly these on every start.
 *   - «Редактор контента» (tes-content-editor): the public content; made and kept exact by editor-role.ts.
 * On every start, any role other than these two and the super admin loses any permission on appeals and readings
 * (Strapi's built-in Editor and Author get them on a fresh database).
 */
export const OFFICER_ROLE = {
  code: 'tes-appeals-officer',
  name: 'Сотрудник по обращениям',
  description: 'Рассматривает обращения и показания с сайта: видит их, меняет статус, записывает ответ.',
};
export const EDITOR_ROLE = {
  code: 'tes-content-editor',
  name: 'Редактор контента',
  description: 'Редактирует и публикует публичное содержимое сайта. Обращений и показаний не видит.',
};

const PRIVATE_TYPES = [APPEAL_UID, READING_UID, FILE_UID, SATISFACTION_UID];
/** The subscribers' addresses: nobody's work needs them, so only the super admin sees them. */
const ADMIN_ONLY_TYPES = [SUBSCRIPTION_UID];
const OFFICER_WRITABLE: Record<string, string[]> = {
  [APPEAL_UID]: ['appealStatus', 'extensionReason', 'extensionNotice', 'answer', 'answerChannel', 'closedReason', 'internalNote'],
  [READING_UID]: ['processed', 'internalNote'],
  [FILE_UID]: [],
  [SATISFACTION_UID]: [],
};

interface Permission {
  id?: number;
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

const readableFields = (strapi: Core.Strapi, uid: string) =>
  Object.entries(strapi.contentType(uid as UID.ContentType).attributes)
    .filter(([, attribute]) => (attribute as { visible?: boolean; private?: boolean }).visible !== false && !(attribute as { private?: boolean }).private)
    .map(([name]) => name);

function officerPermissions(strapi: Core.Strapi): Permission[] {
  return PRIVATE_TYPES.flatMap((uid) => [
    { action: 'plugin::content-manager.explorer.read', subject: uid, properties: { fields: readableFields(strapi, uid) }, conditions: [] },
    ...(OFFICER_WRITABLE[uid]!.length ? [{ action: 'plugin::content-manager.explorer.update', subject: uid, properties: { fields: OFFICER_WRITABLE[uid] }, conditions: [] }] : []),
  ]);
}

async function ensureRole(strapi: Core.Strapi, role: typeof OFFICER_ROLE): Promise<{ id: number; created: boolean }> {
  const roles = strapi.service('admin::role');
  const existing = await roles.findOne({ code: role.code });
  if (existing) return { id: existing.id, created: false };
  const created = await roles.create(role);
  return { id: created.id, created: true };
}

export async function ensureStaffRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const permissionService = strapi.service('admin::permission');

  const officer = await ensureRole(strapi, OFFICER_ROLE);
  await roles.assignPermissions(officer.id, officerPermissions(strapi));

  const superAdmin = await roles.getSuperAdmin();
  const leaked = (await permissionService.findMany({ where: { subject: { $in: [...PRIVATE_TYPES, ...ADMIN_ONLY_TYPES] } }, populate: ['role'] })) as Array<
    Permission & { role?: { id: number }; subject?: string | null }
  >;
  const strip = leaked
    .filter((permission) => permission.role && permission.role.id !== superAdmin?.id && (permission.role.id !== officer.id || ADMIN_ONLY_TYPES.includes(permission.subject ?? '')))
    .map((permission) => permission.id!);
  if (strip.length) await permissionService.deleteByIds(strip);
}
