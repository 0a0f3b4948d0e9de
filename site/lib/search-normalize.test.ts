import { describe, expect, it } from 'vitest';
import { indexableHtml, normalizeForSearch, searchQuery, tatarStem } from './search-normalize.ts';

describe('search normalization', () => {
  it('reads ё as е and joins digit groups, whatever the space', () => {
    expect(normalizeForSearch('Счётчик: свыше 3\u00a0900 кВт·ч, 1 200 000 руб.')).toBe('Счетчик: свыше 3900 кВт·ч, 1200000 руб.');
    expect(normalizeForSearch('3900')).toBe('3900');
    expect(normalizeForSearch('пункты 5 и 17')).toBe('пункты 5 и 17');
  });

  it('keeps the words of neighbouring blocks apart for the index', () => {
    expect(indexableHtml('<dl><dt>ИНН</dt><dd>1655 000</dd></dl>')).toBe('<dl><dt>ИНН</dt> <dd>1655000</dd> </dl>');
  });

  it('cuts Tatar words to their stems, never below four letters', () => {
    expect(tatarStem('исәпләгечләрне')).toBe('исәпләгеч');
    expect(tatarStem('шартнамәне')).toBe('шартнамә');
    expect(tatarStem('күрсәткечләрне')).toBe('күрсәткеч');
    expect(tatarStem('тарифлар')).toBe('тариф');
    expect(tatarStem('офисларында')).toBe('офис');
    expect(tatarStem('су')).toBe('су');
  });

  it('gives Pagefind the Russian query normalized and the Tatar one stemmed', () => {
    expect(searchQuery(' счетчик 3 900 ', 'ru')).toBe('счетчик 3900');
    expect(searchQuery('шартнамәне төзү', 'tt')).toBe('шартнамә төзү');
    expect(searchQuery('ИНН 1655', 'tt')).toBe('инн 1655');
    // Russian: a requisite's abbreviation is matched as itself, not by its stem («инн» → «ин», as in «иные»).
    expect(searchQuery('инн', 'ru')).toBe('"инн"');
    expect(searchQuery('ИНН компании', 'ru')).toBe('"ИНН" компании');
    expect(searchQuery('инн кпп', 'ru')).toBe('инн кпп');
    expect(searchQuery('иные', 'ru')).toBe('иные');
  });
});
