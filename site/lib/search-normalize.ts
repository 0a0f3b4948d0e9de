/**
 * What the site search compares (issue 16), applied to the pages as they are indexed (scripts/lib/site-build.ts)
 * and to what the visitor types (the search page) alike, so that the two meet:
 * - «ё» is «е»: people type «счетчик» for «счётчик»;
 * - digit groups are joined: the pages write «3 900» (with a no-break space), people type «3900» — and «3 900».
 * Tatar has no stemmer in Pagefind (Russian has Snowball's): the query's words lose their case, number and
 * possessive endings instead, and Pagefind's prefix match finds every form of the stem.
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/(\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))/g, '$1');
}

/**
 * A built page as Pagefind should read it: normalized as above, and a space after each block's end — Pagefind runs
 * «<dt>ИНН</dt><dd>1655…</dd>» together into one word «ИНН1655…», and then nobody finds the company by «ИНН».
 */
export function indexableHtml(html: string): string {
  return normalizeForSearch(html).replace(/<\/(?:p|li|dt|dd|td|th|h[1-6]|caption|figcaption|summary|legend|label|div|section|article|blockquote|pre)>/g, '$& ');
}

/** Tatar endings, longest first: case (possessive forms included), plural, possessive. */
const TATAR_ENDINGS = [
  'ларыбызны',
  'ләребезне',
  'ларыгызны',
  'ләрегезне',
  'ларның',
  'ләрнең',
  'нарның',
  'нәрнең',
  'ларына',
  'ләренә',
  'ларында',
  'ләрендә',
  'ларыннан',
  'ләреннән',
  'ларын',
  'ләрен',
  'лары',
  'ләре',
  'ыгызны',
  'егезне',
  'ыгызга',
  'егезгә',
  'ыгыз',
  'егез',
  'ннан',
  'ннән',
  'нда',
  'ндә',
  'нан',
  'нән',
  'дан',
  'дән',
  'тан',
  'тән',
  'ның',
  'нең',
  'ына',
  'енә',
  'сына',
  'сенә',
  'сын',
  'сен',
  'сы',
  'се',
  'лар',
  'ләр',
  'нар',
  'нәр',
  'ны',
  'не',
  'ын',
  'ен',
  'га',
  'гә',
  'ка',
  'кә',
  'на',
  'нә',
  'да',
  'дә',
  'та',
  'тә',
  'ы',
  'е',
];
/** A stem shorter than this is left whole: «ил», «су» must not shrink to nothing. */
const MIN_STEM = 4;

/** One Tatar word without its endings: «исәпләгечләрне» → «исәпләгеч», «шартнамәне» → «шартнамә». */
export function tatarStem(word: string): string {
  let stem = word.toLowerCase();
  for (let changed = true; changed;) {
    changed = false;
    for (const ending of TATAR_ENDINGS) {
      if (stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM) {
        stem = stem.slice(0, -ending.length);
        changed = true;
        break;
      }
    }
  }
  return stem;
}

/** The query Pagefind is given: normalized as the index is, and in Tatar each word cut to its stem. */
export function searchQuery(query: string, locale: 'ru' | 'tt'): string {
  const normalized = normalizeForSearch(query.trim());
  return locale === 'tt'
    ? normalized
        .split(/\s+/)
        .map((word) => (/^\p{L}+$/u.test(word) ? tatarStem(word) : word))
        .join(' ')
    : exactAbbreviation(normalized);
}

/**
 * The abbreviations people look the requisites up by. Russian stemming cuts «ИНН» to «ин», the stem of «иные» and
 * «иной», which fill the standard's pages; quoted, Pagefind matches the word itself. Only one is quoted: Pagefind
 * reads two quoted words as one phrase, which the requisites do not contain.
 */
const ABBREVIATIONS = new Set(['инн', 'кпп', 'огрн', 'огрнип', 'бик', 'окпо', 'оквэд']);

function exactAbbreviation(query: string): string {
  const words = query.split(/\s+/);
  const found = words.filter((word) => ABBREVIATIONS.has(word.toLowerCase()));
  return found.length === 1 ? words.map((word) => (word === found[0] ? `"${word}"` : word)).join(' ') : query;
}
