import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../shared/public-types';

/**
 * Makes the public role match PUBLIC_CONTENT_TYPES exactly: find / findOne on each, and any other permission an
 * earlier version or a hand edit granted is removed, so the rule holds on every start.
 */
export async function grantPublicReadAccess(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');

  const wanted = new Set(
    PUBLIC_CONTENT_TYPES.flatMap((uid) => {
      const actions = strapi.contentType(uid).kind === 'singleType' ? ['find'] : ['find', 'findOne'];
      return actions.map((action) => `${uid}.${action}`);
    }),
  );

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = await permissions.findMany({ where: { role: role.id } });
  for (const permission of granted) {
    if (!wanted.has(permission.action)) await permissions.delete({ where: { id: permission.id } });
  }
  const have = new Set(granted.map((permission: { action: string }) => permission.action));
  // One at a time: SQLite allows a single writer and Strapi's own parallel inserts are a known source of locks.
  for (const action of wanted) {
    if (!have.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}
