import OpeningHours from 'opening_hours';

/**
 * Office and contact-centre hours are stored in the OpenStreetMap `opening_hours` syntax
 * ("Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off") and read with the `opening_hours` library — the format's
 * reference implementation, which also knows Russian public holidays — never with a hand-written parser.
 */

/** Where the rules apply: public holidays (PH) are Russia's, with Tatarstan's own days. */
const TATARSTAN = { lat: 55.79, lon: 49.12, address: { country_code: 'ru', state: 'Республика Татарстан' } };

/**
 * Parses and insists on the canonical form: the library also accepts loose input ("понедельник 8-17") with
 * warnings, but what we store must read the same in every tool that consumes it (maps, our JSON-LD).
 */
export function parseOpeningHours(value: string): OpeningHours {
  let hours: OpeningHours;
  try {
    hours = new OpeningHours(value, TATARSTAN);
  } catch (error) {
    throw new Error(`Invalid opening_hours "${value}": ${String(error).split('\n')[0]}`);
  }
  const [warning] = hours.getWarnings();
  if (warning) throw new Error(`Invalid opening_hours "${value}": ${warning}`);
  return hours;
}

export interface DaySchedule {
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Open intervals as HH:MM pairs; empty = closed all day. */
  intervals: Array<{ from: string; to: string }>;
}

const hhmm = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * The regular week: the intervals of a reference week with no public holiday (30 Nov – 6 Dec 2026), read in the
 * process's local clock on both sides so the result does not depend on the build machine's time zone.
 */
export function weeklySchedule(value: string): DaySchedule[] {
  const hours = parseOpeningHours(value);
  return Array.from({ length: 7 }, (_, weekday) => {
    const start = new Date(2026, 10, 30 + weekday);
    const end = new Date(2026, 10, 31 + weekday);
    const intervals = hours.getOpenIntervals(start, end).map(([from, to]) => ({
      from: hhmm(from),
      to: to.getTime() === end.getTime() ? '24:00' : hhmm(to),
    }));
    return { weekday, intervals };
  });
}
