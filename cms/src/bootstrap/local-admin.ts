import type { Core } from '@strapi/strapi';

/**
 * For local runs and tests only: when TES_ADMIN_EMAIL and TES_ADMIN_PASSWORD are set and the database has no
 * administrator yet, create one, so `npm start` can print how to log in. Production leaves both unset and
 * registers its first administrator through the admin's own sign-up screen.
 */
export async function ensureLocalAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.TES_ADMIN_EMAIL;
  const password = process.env.TES_ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists({ email })) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email,
    password,
    firstname: 'Local',
    lastname: 'Administrator',
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'ru',
    roles: [superAdmin.id],
  });
}
