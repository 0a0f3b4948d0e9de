import { fill } from '../format';
import type { Locale } from '../locales';
import { ru, type UiKey } from './ru';
import { tt } from './tt';

/**
 * Every interface string of the site, its forms and the CMS's own pages and e-mails, in both languages. ru.ts is
 * the source of keys; tt.ts is typed against it, so a missing or extra key does not compile.
 */
export type { UiKey };
export const UI: Record<Locale, Record<UiKey, string>> = { ru, tt };

/** An interface string in the given language, with {placeholders} filled in. */
export const t = (locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string => fill(UI[locale][key], values);

/** The same for a key built at run time (`status.value.${status}`): an unknown key is returned as written. */
export const translate = (locale: Locale, key: string, values: Record<string, string | number> = {}): string => fill((UI[locale] as Record<string, string>)[key] ?? key, values);
