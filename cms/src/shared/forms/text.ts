/**
 * The strings a form gets: only its own form's and the shared `form.` keys, in one language — so an island does not
 * ship both languages' tables — with the editors' facts (`{phone}`) already filled in; a component fills only its
 * own placeholders. Dates and numbers through the shared formatter (no `Intl` for Tatar).
 */
import { fill } from '../format';
import { UI } from '../i18n';
import type { Locale } from '../locales';

export { formatDate, formatDateTime } from '../format';
export type { Locale } from '../locales';
export type Strings = Record<string, string>;

export const tr = (strings: Strings, key: string, values: Record<string, string | number> = {}): string => fill(strings[key] ?? key, values);

/** The strings of the forms whose keys start with `prefixes`, with the facts the strings name. */
export function formStrings(locale: Locale, prefixes: string[], facts: Record<string, string>): Strings {
  return Object.fromEntries(
    Object.entries(UI[locale])
      .filter(([key]) => key.startsWith('form.') || prefixes.some((prefix) => key.startsWith(prefix)))
      .map(([key, value]) => [key, fill(value, facts)]),
  );
}
