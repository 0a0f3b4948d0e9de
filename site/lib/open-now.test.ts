import { afterEach, describe, expect, it } from 'vitest';
import { compileHours } from './opening-hours.ts';
import { addDays, moscowClock, weekdayOf } from '../../cms/src/shared/calendar.ts';
import { officeState, type CompiledHours } from './open-now.ts';

/** An instant given as Moscow wall-clock time (UTC+3 all year since 2014). */
const msk = (dateTime: string) => Date.parse(`${dateTime}:00+03:00`);

const LUNCH = compileHours('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off', '2026-01-01');
const LATE = compileHours('Mo-Fr 08:00-19:00; Sa 09:00-14:00; PH off', '2026-01-01');
const NIGHT = compileHours('Fr 20:00-02:00, Sa 20:00-03:00', '2026-01-01');

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('moscowClock', () => {
  it('reads the Moscow wall clock from an instant, whatever the process zone', () => {
    for (const zone of ['UTC', 'America/New_York', 'Asia/Vladivostok', 'Europe/Berlin']) {
      process.env.TZ = zone;
      expect(moscowClock(Date.parse('2026-11-30T05:30:00Z'))).toEqual({ date: '2026-11-30', minute: 8 * 60 + 30 });
      // 22:30 UTC on 31 December is already 1 January in Moscow.
      expect(moscowClock(Date.parse('2026-12-31T22:30:00Z'))).toEqual({ date: '2027-01-01', minute: 90 });
    }
  });

  it('does calendar arithmetic without time zones', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekdayOf('2026-11-30')).toBe(0);
    expect(weekdayOf('2026-12-06')).toBe(6);
  });
});

describe('officeState', () => {
  it('is open in the morning and says when it closes for lunch', () => {
    expect(officeState(LUNCH, msk('2026-12-01T09:15'))).toEqual({ kind: 'open', closes: { date: '2026-12-01', minute: 12 * 60, dayOffset: 0 }, minutesLeft: 165 });
  });

  it('is closed at lunch and opens at 13:00', () => {
    expect(officeState(LUNCH, msk('2026-12-01T12:40'))).toEqual({ kind: 'closed', opens: { date: '2026-12-01', minute: 13 * 60, dayOffset: 0 }, minutesUntil: 20 });
  });

  it('opens at 08:00 before the day starts, and on Monday after a weekend', () => {
    expect(officeState(LUNCH, msk('2026-12-01T07:00'))).toMatchObject({ kind: 'closed', opens: { minute: 480, dayOffset: 0 } });
    expect(officeState(LUNCH, msk('2026-12-04T17:00'))).toMatchObject({ kind: 'closed', opens: { date: '2026-12-07', minute: 480, dayOffset: 3 } });
  });

  it('closes at the minute the hours say: 16:59 open, 17:00 closed', () => {
    expect(officeState(LUNCH, msk('2026-12-01T16:59'))).toMatchObject({ kind: 'open', minutesLeft: 1 });
    expect(officeState(LUNCH, msk('2026-12-01T17:00')).kind).toBe('closed');
  });

  it('is closed on Russia’s holidays: 4 November, the New Year week, 8 March moved to Monday 9 March 2026', () => {
    expect(officeState(LUNCH, msk('2026-11-04T10:00')).kind).toBe('closed');
    expect(officeState(LUNCH, msk('2026-03-09T10:00')).kind).toBe('closed');
    expect(officeState(LUNCH, msk('2026-01-05T10:00'))).toMatchObject({ kind: 'closed', opens: { date: '2026-01-12', minute: 480 } });
  });

  it('is closed on Tatarstan’s own days: Uraza and Kurban Bayram 2026, Constitution Day, and transferred days off', () => {
    for (const day of ['2026-03-20', '2026-05-27', '2026-11-06', '2026-05-11', '2026-12-31', '2027-08-30']) {
      expect(officeState(LUNCH, msk(`${day}T10:00`)).kind, day).toBe('closed');
    }
    // The library's own Tatarstan table would close on 28 July (the 2014 Uraza Bayram): we do not.
    expect(officeState(LUNCH, msk('2026-07-28T10:00')).kind).toBe('open');
  });

  it('gives a Tatarstan holiday the value’s own holiday hours, not always "closed"', () => {
    const shortOnHolidays = compileHours('Mo-Fr 08:00-17:00; PH 10:00-14:00', '2026-01-01');
    expect(shortOnHolidays.exceptions['2026-03-20']).toEqual([[600, 840]]);
    expect(officeState(shortOnHolidays, msk('2026-03-20T09:00'))).toMatchObject({ kind: 'closed', opens: { minute: 600, dayOffset: 0 } });
    const ignoresHolidays = compileHours('Mo-Fr 08:00-17:00', '2026-01-01');
    expect(ignoresHolidays.exceptions['2026-03-20']).toBeUndefined();
  });

  it('treats an opening that runs past midnight as one', () => {
    expect(officeState(NIGHT, msk('2026-12-04T23:30'))).toEqual({ kind: 'open', closes: { date: '2026-12-05', minute: 120, dayOffset: 1 }, minutesLeft: 150 });
    expect(officeState(NIGHT, msk('2026-12-05T01:59'))).toMatchObject({ kind: 'open', minutesLeft: 1 });
    expect(officeState(NIGHT, msk('2026-12-05T02:00'))).toMatchObject({ kind: 'closed', opens: { date: '2026-12-05', minute: 1200 } });
    // Saturday 20:00 until Sunday 03:00 across midnight.
    expect(officeState(NIGHT, msk('2026-12-05T23:59'))).toMatchObject({ kind: 'open', closes: { date: '2026-12-06', minute: 180 } });
  });

  it('answers in Moscow time for a visitor in any zone: 05:30 UTC is 08:30 in Kazan', () => {
    for (const zone of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
      process.env.TZ = zone;
      expect(officeState(LUNCH, Date.parse('2026-12-01T05:30:00Z'))).toMatchObject({ kind: 'open', closes: { minute: 720 } });
    }
  });

  it('is not thrown off by a visitor’s summer-time change: Moscow has none', () => {
    // New York moves its clocks on 8 March 2026 at 02:00 local (07:00 UTC); Kazan does not.
    process.env.TZ = 'America/New_York';
    const hours = compileHours('Mo-Su 09:00-18:00', '2026-03-01');
    const before = officeState(hours, Date.parse('2026-03-08T05:59:00Z')); // 08:59 Moscow
    const after = officeState(hours, Date.parse('2026-03-08T06:00:00Z')); // 09:00 Moscow
    expect(before).toMatchObject({ kind: 'closed', minutesUntil: 1 });
    expect(after).toMatchObject({ kind: 'open', minutesLeft: 540 });
    // ... and across the European change on 29 March 2026 too.
    process.env.TZ = 'Europe/Berlin';
    expect(officeState(hours, Date.parse('2026-03-29T15:00:00Z'))).toMatchObject({ kind: 'closed', opens: { date: '2026-03-30', minute: 540 } });
  });

  it('compiles the same table whatever zone the build runs in', () => {
    process.env.TZ = 'UTC';
    const utc = compileHours('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; Sa 00:00-24:00; PH off', '2026-03-01', 60);
    for (const [zone, offset] of [
      ['America/New_York', 300],
      ['Europe/Berlin', -60],
      ['Asia/Kolkata', -330],
    ] as const) {
      process.env.TZ = zone;
      // The zone really changed for this process (Node re-reads TZ when it is set).
      expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(offset);
      expect(compileHours('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; Sa 00:00-24:00; PH off', '2026-03-01', 60), zone).toEqual(utc);
    }
  });

  it('claims nothing outside the compiled window', () => {
    const short: CompiledHours = { ...LUNCH, until: '2026-01-31' };
    expect(officeState(short, msk('2026-02-02T10:00'))).toEqual({ kind: 'unknown' });
    expect(officeState(LUNCH, msk('2025-12-31T10:00'))).toEqual({ kind: 'unknown' });
  });

  it('knows a Saturday morning', () => {
    expect(officeState(LATE, msk('2026-12-05T13:50'))).toMatchObject({ kind: 'open', minutesLeft: 10 });
    expect(officeState(LATE, msk('2026-12-05T14:00'))).toMatchObject({ kind: 'closed', opens: { date: '2026-12-07', dayOffset: 2 } });
  });
});
