import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPageFiles } from '../../scripts/lib/built-pages.ts';
import { stack } from '../helpers/stack.ts';

/**
 * No Russian paragraph on a Tatar page. Russian and Tatar share the Cyrillic alphabet, so the check looks for
 * what Russian prose has and Tatar prose has not: a paragraph of several words with none of the Tatar letters
 * ә ө ү җ ң һ and with Russian function words. Proper names and titles of legal acts are short and do not trip it;
 * a fragment deliberately left in Russian must carry lang="ru".
 */
const RUSSIAN_WORDS = new Set([
  'и',
  'в',
  'на',
  'не',
  'что',
  'для',
  'по',
  'или',
  'это',
  'при',
  'как',
  'от',
  'до',
  'если',
  'вы',
  'ваш',
  'вам',
  'с',
  'за',
  'к',
  'из',
  'также',
  'быть',
  'есть',
  'только',
]);

test('Tatar pages hold no Russian paragraph', () => {
  const root = path.join(stack().distDir, 'tt');
  const russian: string[] = [];
  for (const file of builtPageFiles(root)) {
    const main = /<main[\s\S]*<\/main>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    const withoutRussianFragments = main.replace(/<(\w+)[^>]*\blang="ru"[^>]*>[\s\S]*?<\/\1>/g, ' ');
    for (const match of withoutRussianFragments.matchAll(/<(p|li|h[1-6]|td|th|dd|dt|caption|summary|legend|label)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      const text = match[2]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z#0-9]+;/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const words = text
        .toLowerCase()
        .split(/[^а-яёәөүҗңһ]+/)
        .filter(Boolean);
      const functionWords = words.filter((word) => RUSSIAN_WORDS.has(word)).length;
      if (words.length >= 5 && !/[әөүҗңһ]/i.test(text) && functionWords >= 2) russian.push(`${path.relative(root, file)}: ${text.slice(0, 120)}`);
    }
  }
  expect(russian).toEqual([]);
});
