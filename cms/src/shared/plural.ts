import type { Locale } from './locales';

/**
 * Plural category of a count, as our strings name them (`*.one`, `*.few`, `*.many`).
 * Russian: one / few / many (1 страница, 2 страницы, 5 страниц, 21 страница), from Intl.PluralRules('ru').
 * Tatar nouns do not change after a numeral (1 бит, 5 бит), and Intl.PluralRules('tt') silently applies
 * English rules — so Tatar is decided here, not trusted to Intl. Kept apart from the string tables so the search
 * script can import it without shipping them.
 */
export function pluralCategory(locale: Locale, count: number): 'one' | 'few' | 'many' {
  if (locale === 'tt') return 'many';
  const category = new Intl.PluralRules('ru').select(count);
  return category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
}
