import { parseOpeningHours } from '../../cms/src/validation/opening-hours.ts';

export { parseOpeningHours };

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
 * Parsing is the CMS's (cms/src/validation/opening-hours.ts): what an editor can save is what the site can read.
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
