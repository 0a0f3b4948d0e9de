import { describe, expect, it } from 'vitest';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { formatDate, pluralCategory, t } from './index.ts';

/**
 * Values that are rightly the same in both languages: abbreviations and loanwords Tatar uses as they are.
 * Anything else equal to its Russian value is an untranslated string.
 */
const SAME_IN_BOTH = new Set([
  // «Меню» is the Tatar word too (the issue names both: «Меню» / «Меню»).
  'nav.menu',
  // Tatar writes the units of file size as Russian does (КБ, МБ: килобайт, мегабайт).
  'file.size.kb',
  'file.size.mb',
  'offices.municipality.count.one',
  'offices.phone.cash-desk',
  'offices.phone.fax',
  'company.bank.name',
  'company.bank.bic',
  'company.website',
  'offices.address',
  'offices.kind.branch',
  'offices.service.cashDesk',
  'compliance.code',
  'outages.archive',
  // «Пик» is the peak zone's name in Tatar too (as on a three-zone meter's display).
  'estimate.zone.peak',
]);

const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('interface strings', () => {
  it('has the same keys in Russian and Tatar', () => {
    expect(Object.keys(tt).sort()).toEqual(Object.keys(ru).sort());
  });

  it('keeps every placeholder of the Russian string in the Tatar one', () => {
    for (const key of Object.keys(ru) as Array<keyof typeof ru>) {
      expect(placeholders(tt[key]), key).toEqual(placeholders(ru[key]));
    }
  });

  it('has no Tatar string that is silently the Russian one', () => {
    // Values without letters (numbers, "125 %") are the same in every language.
    const untranslated = (Object.keys(ru) as Array<keyof typeof ru>).filter((key) => tt[key] === ru[key] && !SAME_IN_BOTH.has(key) && /\p{L}/u.test(ru[key]));
    expect(untranslated).toEqual([]);
  });

  it('has no empty string', () => {
    expect(Object.entries({ ...ru }).filter(([, value]) => !value.trim())).toEqual([]);
    expect(Object.entries({ ...tt }).filter(([, value]) => !value.trim())).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('ru', 'standard.clause', { number: 75 })).toBe('Пункт 75');
    expect(t('tt', 'standard.clause', { number: 75 })).toBe('75 пункт');
    expect(t('ru', 'standard.clause')).toBe('Пункт {number}');
  });
});

describe('plurals', () => {
  it('follows Russian one / few / many', () => {
    const forms = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => pluralCategory('ru', n));
    expect(forms).toEqual(['one', 'few', 'few', 'many', 'many', 'many', 'many', 'one', 'few', 'many', 'one', 'many']);
  });

  it('uses one form for Tatar, whatever Intl.PluralRules("tt") claims', () => {
    // Intl falls back to English for 'tt' and would say "one" for 1: Tatar says "1 бит" and "5 бит" alike.
    expect(new Intl.PluralRules('tt').select(1)).toBe('one');
    expect([0, 1, 2, 5, 21].map((n) => pluralCategory('tt', n))).toEqual(['many', 'many', 'many', 'many', 'many']);
  });

  it('renders a correct Russian count', () => {
    const count = (n: number) => t('ru', `search.results.${pluralCategory('ru', n)}`, { count: n });
    expect([1, 3, 5, 21].map(count)).toEqual(['Найдена 1 страница', 'Найдено 3 страницы', 'Найдено 5 страниц', 'Найдена 21 страница']);
  });
});

describe('dates', () => {
  it('formats a date in each language, in Moscow time', () => {
    expect(formatDate('ru', '2026-01-01')).toBe('1 января 2026 г.');
    expect(formatDate('tt', '2026-01-01')).toBe('2026 елның 1 гыйнвары');
    // 22:30 UTC on 31 December is already 1 January in Moscow.
    expect(formatDate('ru', '2025-12-31T22:30:00.000Z')).toBe('1 января 2026 г.');
  });
});

describe('accessibility statement', () => {
  it('has every paragraph and list item in both languages, none left in Russian', async () => {
    const { statementRu, statementTt } = await import('./statement.ts');
    expect(Object.keys(statementTt).sort()).toEqual(Object.keys(statementRu).sort());
    for (const key of Object.keys(statementRu) as Array<keyof typeof statementRu>) {
      const ru = statementRu[key];
      const tt = statementTt[key];
      if (Array.isArray(ru)) expect((tt as string[]).length, key).toBe(ru.length);
      expect(tt, key).not.toEqual(ru);
    }
    expect(placeholders(statementTt.lastAudit)).toEqual(placeholders(statementRu.lastAudit));
  });
});
