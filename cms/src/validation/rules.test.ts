import { describe, expect, it } from 'vitest';
import { check } from './rules.ts';

describe('save-time rules', () => {
  it('accepts good office data', () => {
    expect(check('api::office.office', { openingHours: 'Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off', phones: [{ number: '+7 (800) 200-25-26' }], email: 'a@b.ru' })).toEqual(
      [],
    );
  });

  it('explains broken hours, phones and e-mails in Russian, per field', () => {
    const problems = check('api::office.office', { openingHours: 'каждый день', phones: [{ number: '8 800 2002526' }], email: 'нет' });
    expect(problems.map((problem) => problem.path.join('.'))).toEqual(['openingHours', 'phones.0.number', 'email']);
    expect(problems[0]!.message).toMatch(/^Часы работы не распознаны: ошибка около «ка»\. Пишите в синтаксисе OpenStreetMap/);
    expect(problems[1]!.message).toContain('+7 (843) 000-00-00');
  });

  it('refuses loose hours the library would only warn about', () => {
    expect(check('api::office.office', { openingHours: 'понедельник 8-17' })[0]!.message).toMatch(/^Часы работы не распознаны/);
  });

  it('checks tariffs: positive price, a period that ends after it starts, a range that grows', () => {
    const problems = check('api::tariff.tariff', { priceRub: 0, validFrom: '2026-10-01', validTo: '2026-01-01', rangeFromKwh: 3900, rangeToKwh: 100 });
    expect(problems.map((problem) => problem.path[0])).toEqual(['priceRub', 'validTo', 'rangeToKwh']);
    expect(check('api::tariff.tariff', { priceRub: 5.82, validFrom: '2026-01-01', validTo: '2026-09-30' })).toEqual([]);
  });

  it('checks that a tariff’s meter has its zone, that a night price names its meter, and that an act has number and date', () => {
    const paths = (data: Record<string, unknown>) => check('api::tariff.tariff', { priceRub: 3, validFrom: '2026-01-01', ...data }).map((problem) => problem.path[0]);
    expect(paths({ zone: 'peak', meterZones: 'day-night' })).toEqual(['meterZones']);
    expect(paths({ zone: 'night' })).toEqual(['meterZones']);
    expect(paths({ zone: 'night', meterZones: 'three-zone' })).toEqual([]);
    expect(paths({ zone: 'single' })).toEqual([]);
    expect(paths({ zone: 'single', actNumber: '5-26/э' })).toEqual(['actDate']);
    expect(paths({ zone: 'single', actDate: '2025-12-17' })).toEqual(['actNumber']);
    expect(paths({ zone: 'single', actNumber: '5-26/э', actDate: '2025-12-17' })).toEqual([]);
  });

  it('leaves types without rules alone', () => {
    expect(check('api::faq-item.faq-item', { question: 'x' })).toEqual([]);
  });
});
