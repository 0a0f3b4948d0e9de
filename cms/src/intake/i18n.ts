import type { FormLocale } from '../contracts/fields';
import { MESSAGES } from './messages.generated';

/** The forms' strings in the CMS (pages for visitors without JavaScript, e-mails): a copy of site/i18n's. */
export function t(locale: FormLocale, key: string, values: Record<string, string | number> = {}): string {
  const table = MESSAGES[locale] as Record<string, string>;
  const template = table[key] ?? (MESSAGES.ru as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** A calendar date (YYYY-MM-DD) or an instant, as a date in words, Moscow time — as the site formats it. */
export function formatDate(locale: FormLocale, value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+03:00`) : new Date(value);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(date);
}

export function formatDateTime(locale: FormLocale, value: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' }).format(new Date(value));
}
