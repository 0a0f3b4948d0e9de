import type { Locale } from './locales';

/**
 * Alphabetical order in each language. Russian through Intl (ICU knows it); Tatar by its own alphabet, explicitly —
 * Node and Chromium carry no Tatar collation, and ICU's root order only happens to agree for some words (Ә after А,
 * Ө after О, Ү after У, Җ after Ж, Ң after Н, Һ after Х).
 */
const TATAR = 'аәбвгдеёжҗзийклмнңоөпрстуүфхһцчшщъыьэюя';

const tatarKey = (value: string) =>
  [...value.toLowerCase()].map((char) => {
    const index = TATAR.indexOf(char);
    return index >= 0 ? String.fromCharCode(0x100 + index) : char;
  });

function compareTatar(a: string, b: string): number {
  const [left, right] = [tatarKey(a), tatarKey(b)];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1;
  }
  return left.length - right.length;
}

const russian = new Intl.Collator('ru');

export const compareIn = (locale: Locale) => (locale === 'tt' ? compareTatar : russian.compare);
