import { describe, expect, it } from 'vitest';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';
import { compileHours } from './opening-hours.ts';
import { officeState } from './open-now.ts';
import { describeState, NOW_KEYS } from './open-now-text.ts';

const msk = (dateTime: string) => Date.parse(`${dateTime}:00+03:00`);
const pick = (strings: Record<string, string>) => Object.fromEntries(NOW_KEYS.map((key) => [key, strings[key]!])) as Record<(typeof NOW_KEYS)[number], string>;
const monthsRu = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const monthsTt = ['гыйнвар', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const hours = compileHours('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off', '2026-01-01');
const say = (at: string, locale: 'ru' | 'tt' = 'ru') => describeState(officeState(hours, msk(at)), pick(locale === 'ru' ? ru : tt), locale === 'ru' ? monthsRu : monthsTt)?.text;

describe('describeState', () => {
  it('says until when it is open, and counts the last hour down', () => {
    expect(say('2026-12-01T09:00')).toBe('Открыто до 12:00');
    expect(say('2026-12-01T16:40')).toBe('Открыто, закроется через 20 мин');
    expect(say('2026-12-01T16:40', 'tt')).toBe('Ачык, 20 минуттан ябыла');
  });

  it('says when it opens: soon, today, tomorrow, or on a date after a weekend or holiday', () => {
    expect(say('2026-12-01T12:30')).toBe('Закрыто, откроется через 30 мин');
    expect(say('2026-12-01T06:00')).toBe('Закрыто, откроется в 08:00');
    expect(say('2026-12-01T18:00')).toBe('Закрыто, откроется завтра в 08:00');
    expect(say('2026-12-04T18:00')).toBe('Закрыто, откроется 7 декабря в 08:00');
    expect(say('2026-03-19T18:00')).toBe('Закрыто, откроется 23 марта в 08:00');
    expect(say('2026-03-19T18:00', 'tt')).toBe('Ябык, киләсе тапкыр ачыла: 23 март, 08:00');
  });

  it('says nothing outside the compiled window', () => {
    expect(say('2025-06-01T10:00')).toBeUndefined();
  });
});
