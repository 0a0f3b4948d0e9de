import type { StrapiApp } from '@strapi/strapi/admin';

/** The key under which the admin remembers its interface language. */
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Editors work in Russian (the admin has no Tatar translation; content is edited in both languages).
    locales: ['ru'],
  },
  bootstrap(_app: StrapiApp) {
    // Russian unless this browser's user has chosen another language in their profile.
    try {
      if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'ru');
    } catch {
      /* storage unavailable: the admin falls back to its own default */
    }
  },
};
