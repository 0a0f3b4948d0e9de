/**
 * The strings an island gets from its page (only its own form's, in the page's language) — kept apart from the
 * string tables so the island does not ship both languages' — and the shared formatter (no `Intl` for Tatar).
 */
import { fill } from '../../../cms/src/shared/format';

export { formatDate, formatDateTime } from '../../../cms/src/shared/format';
export type { Locale } from '../../../cms/src/shared/locales';
export type Strings = Record<string, string>;

export const tr = (strings: Strings, key: string, values: Record<string, string | number> = {}): string => fill(strings[key] ?? key, values);
