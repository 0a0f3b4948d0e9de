import type { Locale } from './locales';
import { moscowParts } from './calendar';

/**
 * Dates, times and placeholders in Russian and Tatar — one formatter for the site's pages, its islands (in the
 * browser) and the CMS's own pages and e-mails, so a date reads the same wherever it is shown.
 *
 * Written out rather than asked of `Intl`: Chromium ships no Tatar data (it prints «October 1, 2026») and Node's
 * CLDR pattern is «1 октябрь, 2026 ел», while literary Tatar — and our content — writes «2026 елның 1 октябре».
 * Russian is written out too, so the browser and the server cannot disagree. Every date is on the Moscow clock,
 * whatever the reader's time zone (Moscow keeps UTC+3 all year since 2014).
 */

/**
 * The grammatical case a template needs the date in. Russian dates after a day number stand in the genitive in
 * every template we have («до 1 октября», «с 1 октября»), so only Tatar changes:
 * - `nominative` «2026 елның 1 октябре» (утверждён …, проверено …);
 * - `ablative` «2026 елның 1 октябреннән» (from: «… башлап»);
 * - `dative` «2026 елның 1 октябренә» (until: «… кадәр»);
 * - `locative` «2026 елның 1 октябрендә» (on: «… әзерләнде»).
 */
export type DateCase = 'nominative' | 'ablative' | 'dative' | 'locative';

/** Russian months in the genitive, as they follow a day number. */
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;

/** Russian months as named on their own: «январь 2026». */
const RU_MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const;

/** Tatar months as named on their own (a calendar heading, «7 декабрь» in a short phrase). */
const TT_MONTHS = ['гыйнвар', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'] as const;

/**
 * Tatar months with the third-person possessive a date puts on them («1 октябре» — the first of October): май
 * becomes мае (й + ы), a soft sign gives way to е. The other cases add their ending to it by vowel harmony —
 * back-vowel months (гыйнвар, март, май, август) -ннан/-на/-нда, the others -ннән/-нә/-ндә — so «октябреннән»,
 * «маена» are derived, not listed (format.test.ts checks all 48 forms).
 */
const TT_POSSESSIVE = ['гыйнвары', 'феврале', 'марты', 'апреле', 'мае', 'июне', 'июле', 'августы', 'сентябре', 'октябре', 'ноябре', 'декабре'] as const;
const TT_BACK_VOWEL = [0, 2, 4, 7];
const TT_ENDINGS: Record<DateCase, readonly [back: string, front: string]> = {
  nominative: ['', ''],
  ablative: ['ннан', 'ннән'],
  dative: ['на', 'нә'],
  locative: ['нда', 'ндә'],
};
const ttMonth = (month: number, dateCase: DateCase) => TT_POSSESSIVE[month - 1] + TT_ENDINGS[dateCase][TT_BACK_VOWEL.includes(month - 1) ? 0 : 1];

/** «1 октября 2026 г.» · «2026 елның 1 октябре» (in the case the template needs), Moscow time. */
export function formatDate(locale: Locale, value: string, dateCase: DateCase = 'nominative'): string {
  const { year, month, day } = moscowParts(value);
  if (locale === 'tt') return `${year} елның ${day} ${ttMonth(month, dateCase)}`;
  return `${day} ${RU_MONTHS[month - 1]} ${year} г.`;
}

/** A calendar month, YYYY-MM, as a heading or a choice names it: «январь 2026 г.» · «2026 елның гыйнвары». */
export function formatMonth(locale: Locale, month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return locale === 'tt' ? `${year} елның ${ttMonth(number, 'nominative')}` : `${RU_MONTHS_NOMINATIVE[number - 1]} ${year} г.`;
}

/** «1 октября 2026 г. в 14:05» · «2026 елның 1 октябре, 14:05», Moscow time. */
export function formatDateTime(locale: Locale, value: string, dateCase: DateCase = 'nominative'): string {
  const { hour, minute } = moscowParts(value);
  return `${formatDate(locale, value, dateCase)}${locale === 'tt' ? ',' : ' в'} ${formatTime(hour * 60 + minute)}`;
}

/** Minutes after midnight as a 24-hour clock time, «08:00», «19:30». */
export const formatTime = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Weekday names, Monday first: `short` for compact tables («пн» · «дүш.»), `long` for headings («понедельник» · «дүшәмбе»). */
const WEEKDAYS: Record<Locale, Record<'short' | 'long', readonly string[]>> = {
  ru: {
    short: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
    long: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  },
  tt: {
    short: ['дүш.', 'сиш.', 'чәр.', 'пәнҗ.', 'җом.', 'шим.', 'якш.'],
    long: ['дүшәмбе', 'сишәмбе', 'чәршәмбе', 'пәнҗешәмбе', 'җомга', 'шимбә', 'якшәмбе'],
  },
};
export const weekdayNames = (locale: Locale, width: 'short' | 'long' = 'short'): readonly string[] => WEEKDAYS[locale][width];

/** The 12 month names as they follow a day number in a short phrase: «7 декабря» · «7 декабрь». */
export const monthNames = (locale: Locale): readonly string[] => (locale === 'tt' ? TT_MONTHS : RU_MONTHS);

/**
 * A number as both languages write it: groups of three digits split by a no-break space, a decimal comma —
 * «3 900», «5,92». Tatar writes numbers exactly as Russian does, so both ask `Intl` for 'ru', which every browser
 * and Node carry (never 'tt': a browser without Tatar data would fall back to English, «3,900.5»).
 */
export const formatNumber = (value: number, options: Intl.NumberFormatOptions = {}): string => new Intl.NumberFormat('ru', options).format(value);

/** Fills `{placeholders}` in an interface string; a placeholder without a value stays as written, to be noticed. */
export const fill = (template: string, values: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
