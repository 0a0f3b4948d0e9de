import type { Core } from '@strapi/strapi';

/** The site's languages. Russian is the default; Tatar is a full language, not a fallback. */
export const SITE_LOCALES = [
  { code: 'ru', name: 'Русский (ru)', isDefault: true },
  // Strapi's built-in list of ISO locales has no Tatar, and the admin's validation refuses codes outside it, so
  // the locale is created here through the i18n locale service, which stores it without that check. From then
  // on REST (?locale=tt), the Document Service and the admin all accept it.
  { code: 'tt', name: 'Татарча (tt)', isDefault: false },
] as const;

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of SITE_LOCALES) {
    const existing = await locales.findByCode(locale.code);
    if (!existing) await locales.create({ code: locale.code, name: locale.name });
  }
  if ((await locales.getDefaultLocale()) !== 'ru') await locales.setDefaultLocale({ code: 'ru' });
  // Strapi creates 'en' on a fresh database; no page of ours is in English, so keep the admin's choice honest.
  const english = await locales.findByCode('en');
  if (english) await locales.delete({ id: english.id });
}
