/**
 * The strings an island gets from its page (only its own form's, in the page's language), and the few formatting
 * helpers it needs — kept apart from site/i18n/index.ts so the island does not ship both languages' tables.
 */
export type Strings = Record<string, string>;
export type Locale = 'ru' | 'tt';

export function tr(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function formatDate(locale: Locale, value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+03:00`) : new Date(value);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(date);
}

export function formatDateTime(locale: Locale, value: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' }).format(new Date(value));
}
