import { describe, expect, it } from 'vitest';
import { parseOpeningHours, weeklySchedule } from './opening-hours.ts';

describe('weeklySchedule', () => {
  it('splits the day at the lunch break and closes the weekend', () => {
    const week = weeklySchedule('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off');
    expect(week[0]).toEqual({
      weekday: 0,
      intervals: [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '17:00' },
      ],
    });
    expect(week[5]!.intervals).toEqual([]);
    expect(week[6]!.intervals).toEqual([]);
  });

  it('reads a Saturday morning and a day open until midnight', () => {
    const week = weeklySchedule('Mo-Fr 08:00-19:00; Sa 08:00-17:00; Su 20:00-24:00');
    expect(week[5]!.intervals).toEqual([{ from: '08:00', to: '17:00' }]);
    expect(week[6]!.intervals).toEqual([{ from: '20:00', to: '24:00' }]);
  });

  it('rejects a value that is not opening_hours syntax, quoting it', () => {
    expect(() => parseOpeningHours('каждый день')).toThrow(/Invalid opening_hours "каждый день"/);
  });

  it('rejects loose input the library would only warn about', () => {
    expect(() => parseOpeningHours('понедельник 8-17')).toThrow(/English abbreviation "Mo"/);
  });
});
