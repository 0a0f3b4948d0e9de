import type { Locale } from '../schemas/common.ts';
import { ru, type UiKey } from './ru.ts';
import { tt } from './tt.ts';

export { pluralCategory } from './plural.ts';

export type { UiKey };
export const UI: Record<Locale, Record<UiKey, string>> = { ru, tt };

/** The other language of the pair, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'ru' ? 'tt' : 'ru');

/** An interface string in the page's language, with {placeholders} filled in. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return UI[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Formats a calendar date (YYYY-MM-DD or a full timestamp) in the page's language, in Moscow time. */
export function formatDate(locale: Locale, value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+03:00`) : new Date(value);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(date);
}

/** Formats a moment with time, Moscow time, in the page's language. */
export function formatDateTime(locale: Locale, value: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Moscow',
  }).format(new Date(value));
}
