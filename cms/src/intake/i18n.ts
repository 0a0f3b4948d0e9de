import { translate } from '../shared/i18n';
import type { Locale } from '../shared/locales';
import { factValues } from './facts';

/**
 * The CMS's pages for visitors without JavaScript and its e-mails speak the site's own strings and formatter; a
 * string that names an editor's fact (`{phone}`) gets the value from the CMS (./facts.ts).
 */
export const t = (locale: Locale, key: string, values: Record<string, string | number> = {}): string => translate(locale, key, { ...factValues(), ...values });
