import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { extraNonWorkingDay, extraNonWorkingDays } from './holidays.ts';

/** The days the library calls PH in a year, for an address. */
function libraryHolidays(year: number, state: string): string[] {
  const hours = new OpeningHours('PH', { lat: 55.79, lon: 49.12, address: { country_code: 'ru', state } });
  const days: string[] = [];
  for (let day = new Date(year, 0, 1); day.getFullYear() === year; day = new Date(year, day.getMonth(), day.getDate() + 1)) {
    if (hours.getState(new Date(year, day.getMonth(), day.getDate(), 12)))
      days.push(`${year}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`);
  }
  return days;
}

describe('what opening_hours 3.15 knows about Tatarstan (why holidays.ts exists)', () => {
  it('gives our address Russia’s federal holidays only', () => {
    const days = libraryHolidays(2026, 'Республика Татарстан');
    expect(days).toContain('2026-11-04');
    expect(days).toContain('2026-03-09'); // 8 March on a Sunday, moved to Monday
    expect(days).not.toContain('2026-03-20'); // Uraza Bayram
    expect(days).not.toContain('2026-08-30'); // Republic Day
    expect(days).not.toContain('2026-05-11'); // 9 May moved by the Labour Code
    expect(days).not.toContain('2026-12-31'); // moved by the government's decree
  });

  it('would give Uraza and Kurban Bayram the 2014 dates every year under its own "Татарстан" entry', () => {
    // This is why we do not pass that state name: 28 July and 4 October 2026 are ordinary working days.
    const days = libraryHolidays(2026, 'Татарстан');
    expect(days).toContain('2026-07-28');
    expect(days).toContain('2026-10-04');
    expect(days).not.toContain('2026-03-20');
  });
});

describe('extraNonWorkingDays', () => {
  it('lists 2026: Bayrams by the Rais’s decree, the Republic’s days, and the federal transfers', () => {
    expect(extraNonWorkingDays(2026).map((day) => day.date)).toEqual(['2026-01-09', '2026-03-20', '2026-05-11', '2026-05-27', '2026-08-30', '2026-11-06', '2026-12-31']);
  });

  it('knows the fixed days of any year and the Labour Code transfers of 2027', () => {
    expect(extraNonWorkingDays(2027).map((day) => day.date)).toEqual(['2027-05-03', '2027-05-10', '2027-06-14', '2027-08-30', '2027-11-06']);
    expect(extraNonWorkingDay('2031-08-30')?.name).toBe('День Республики Татарстан');
  });

  it('names the act behind every day', () => {
    for (const year of [2026, 2027]) {
      for (const day of extraNonWorkingDays(year)) expect(day.source, day.date).toMatch(/Закон РТ|Указ Раиса|Трудовой кодекс|Постановление Правительства/);
    }
  });
});
