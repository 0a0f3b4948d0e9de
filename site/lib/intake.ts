import type { Locale } from '../schemas/common.ts';
import { UI } from '../i18n/index.ts';

/**
 * Where the forms post: the CMS's intake as visitors' browsers reach it. PUBLIC_CMS_URL at build time (default:
 * the Strapi the build reads, STRAPI_URL); an empty value means the site's own origin, for a proxy that forwards
 * /api/intake/ to Strapi.
 */
export function intakeUrl(endpoint: string): string {
  const base = process.env.PUBLIC_CMS_URL ?? process.env.STRAPI_URL ?? 'http://127.0.0.1:1337';
  return `${base.replace(/\/+$/, '')}${endpoint}`;
}

/** The strings an island needs (its form's keys and the shared form keys), in one language. */
export function formStrings(locale: Locale, prefixes: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(UI[locale]).filter(([key]) => key.startsWith('form.') || prefixes.some((prefix) => key.startsWith(prefix))));
}
