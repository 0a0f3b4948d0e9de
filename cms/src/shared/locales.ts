/**
 * The site's languages, in the order the language switch shows them. Russian is the default. The one list: the
 * site's routes, the CMS's locales, the forms' contracts and the formatter all read it from here.
 */
export const LOCALES = ['ru', 'tt'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

/** The other language of the pair, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'ru' ? 'tt' : 'ru');

/** A value from outside (a form field, a query parameter) that names one of our languages. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
