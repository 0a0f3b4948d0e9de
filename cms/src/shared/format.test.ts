import { describe, expect, it } from 'vitest';
import { fill, formatDate, formatDateTime, formatMonth, formatNumber, formatTime, monthNames, weekdayNames } from './format';

// Each expected string is written out by hand: literary Tatar as our content and the Tatar press write dates.
describe('dates in Tatar', () => {
  it('writes the year first, the month with its possessive: «2026 елның 1 октябре»', () => {
    expect(formatDate('tt', '2026-10-01')).toBe('2026 елның 1 октябре');
    expect(formatDate('tt', '2026-01-15')).toBe('2026 елның 15 гыйнвары');
    expect(formatDate('tt', '2026-03-08')).toBe('2026 елның 8 марты');
    expect(formatDate('tt', '2026-05-09')).toBe('2026 елның 9 мае');
    expect(formatDate('tt', '2026-08-30')).toBe('2026 елның 30 августы');
    expect(formatDate('tt', '2026-02-23')).toBe('2026 елның 23 феврале');
    expect(formatDate('tt', '2026-12-31')).toBe('2026 елның 31 декабре');
  });

  it('derives every Tatar month in every case by vowel harmony (the 48 forms as a grammar gives them)', () => {
    const expected = {
      nominative: ['гыйнвары', 'феврале', 'марты', 'апреле', 'мае', 'июне', 'июле', 'августы', 'сентябре', 'октябре', 'ноябре', 'декабре'],
      ablative: [
        'гыйнварыннан',
        'февраленнән',
        'мартыннан',
        'апреленнән',
        'маеннан',
        'июненнән',
        'июленнән',
        'августыннан',
        'сентябреннән',
        'октябреннән',
        'ноябреннән',
        'декабреннән',
      ],
      dative: ['гыйнварына', 'февраленә', 'мартына', 'апреленә', 'маена', 'июненә', 'июленә', 'августына', 'сентябренә', 'октябренә', 'ноябренә', 'декабренә'],
      locative: ['гыйнварында', 'февралендә', 'мартында', 'апрелендә', 'маенда', 'июнендә', 'июлендә', 'августында', 'сентябрендә', 'октябрендә', 'ноябрендә', 'декабрендә'],
    } as const;
    for (const [dateCase, months] of Object.entries(expected) as Array<[keyof typeof expected, readonly string[]]>) {
      months.forEach((month, index) => expect(formatDate('tt', `2026-${String(index + 1).padStart(2, '0')}-15`, dateCase)).toBe(`2026 елның 15 ${month}`));
    }
  });

  it('gives the case forms templates need: from (ablative), until (dative), on (locative)', () => {
    expect(formatDate('tt', '2026-10-01', 'ablative')).toBe('2026 елның 1 октябреннән');
    expect(formatDate('tt', '2026-10-01', 'dative')).toBe('2026 елның 1 октябренә');
    expect(formatDate('tt', '2026-11-27', 'locative')).toBe('2026 елның 27 ноябрендә');
    expect(formatDate('tt', '2026-01-01', 'ablative')).toBe('2026 елның 1 гыйнварыннан');
    expect(formatDate('tt', '2026-06-30', 'dative')).toBe('2026 елның 30 июненә');
    expect(formatDate('tt', '2026-05-01', 'ablative')).toBe('2026 елның 1 маеннан');
    expect(formatDate('tt', '2026-05-01', 'dative')).toBe('2026 елның 1 маена');
    expect(formatDate('tt', '2026-03-01', 'locative')).toBe('2026 елның 1 мартында');
    expect(formatDate('tt', '2026-02-01', 'ablative')).toBe('2026 елның 1 февраленнән');
  });

  it('adds the Moscow time after a comma', () => {
    expect(formatDateTime('tt', '2026-10-01T11:05:00Z')).toBe('2026 елның 1 октябре, 14:05');
  });
});

describe('months on their own', () => {
  it('names a month as a choice or a heading: «январь 2026 г.» · «2026 елның гыйнвары»', () => {
    expect(formatMonth('ru', '2026-01')).toBe('январь 2026 г.');
    expect(formatMonth('ru', '2025-05')).toBe('май 2025 г.');
    expect(formatMonth('tt', '2026-01')).toBe('2026 елның гыйнвары');
    expect(formatMonth('tt', '2026-12')).toBe('2026 елның декабре');
  });
});

describe('dates in Russian', () => {
  it('writes the day, the month in the genitive and «г.», whatever the case asked for', () => {
    expect(formatDate('ru', '2026-10-01')).toBe('1 октября 2026 г.');
    expect(formatDate('ru', '2026-10-01', 'dative')).toBe('1 октября 2026 г.');
    expect(formatDate('ru', '2026-05-09')).toBe('9 мая 2026 г.');
  });

  it('adds the Moscow time after «в», as Intl does', () => {
    expect(formatDateTime('ru', '2026-10-01T11:05:00Z')).toBe('1 октября 2026 г. в 14:05');
  });
});

describe('the Moscow clock', () => {
  it('turns an instant into the Moscow day: 22:30 UTC on 31 December is 1 January', () => {
    expect(formatDate('ru', '2025-12-31T22:30:00.000Z')).toBe('1 января 2026 г.');
    expect(formatDate('tt', '2025-12-31T22:30:00.000Z')).toBe('2026 елның 1 гыйнвары');
  });

  it('takes a calendar date as that day, in any time zone', () => {
    expect(formatDate('ru', '2026-03-01')).toBe('1 марта 2026 г.');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('ru', 'tomorrow')).toThrow(RangeError);
  });
});

describe('names, times, numbers, placeholders', () => {
  it('names months and weekdays in both languages', () => {
    expect(monthNames('ru')[11]).toBe('декабря');
    expect(monthNames('tt')[11]).toBe('декабрь');
    expect(weekdayNames('ru')).toEqual(['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);
    expect(weekdayNames('tt', 'long')[4]).toBe('җомга');
  });

  it('writes clock times with two digits', () => {
    expect([0, 480, 1170, 1440].map(formatTime)).toEqual(['00:00', '08:00', '19:30', '24:00']);
  });

  it('writes numbers with a no-break space between groups and a decimal comma', () => {
    expect(formatNumber(3900)).toBe('3\u00a0900');
    expect(formatNumber(5.9, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe('5,90');
    expect(formatNumber(12345.678)).toBe('12\u00a0345,678');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} и {b}', { a: 1 })).toBe('1 и {b}');
  });
});
