import OpeningHours from 'opening_hours';
import { parseOpeningHours, TATARSTAN } from '../../cms/src/shared/opening-hours.ts';
import { extraNonWorkingDay } from './holidays.ts';
import type { CompiledHours, Interval } from './open-now.ts';
import { formatTime } from '../../cms/src/shared/format.ts';

/**
 * Office and contact-centre hours are stored in the OpenStreetMap `opening_hours` syntax
 * ("Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off") and read with the `opening_hours` library — the format's
 * reference implementation — never with a hand-written parser.
 *
 * This module runs at build time only: the library with its holiday tables is over 1 MB, far too heavy for the
 * browser. It compiles each office's hours into a small table (open-now.ts, CompiledHours) that the finder
 * island and the pages read.
 *
 * The library works in the process's local clock. Every function here reads and writes wall-clock times on both
 * sides (local midnight to local midnight), so the result is Moscow wall-clock time whatever zone the build runs
 * in; opening-hours.test.ts runs them in a zone with summer time to prove it.
 */

// Parsing is the CMS's (cms/src/shared/opening-hours.ts): what an editor can save is what the site can read.
// Its TATARSTAN matches "Республика Татарстан" to no holiday table of the library's own (that entry is wrongly
// dated) — Tatarstan's days come from holidays.ts instead.
export { parseOpeningHours };

export interface DaySchedule {
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  /** Open intervals as HH:MM pairs; empty = closed all day. */
  intervals: Array<{ from: string; to: string }>;
}

const minutesOf = (date: Date) => date.getHours() * 60 + date.getMinutes();

/** A calendar day as a local-clock Date at midnight, and back. */
const localDay = (date: string) => new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const nextDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
/** 0 = Monday … 6 = Sunday */
const weekdayOf = (date: Date) => (date.getDay() + 6) % 7;

/** The open intervals of one calendar day, in minutes since midnight (a day open until midnight ends at 1440). */
function dayIntervals(hours: OpeningHours, day: Date): Interval[] {
  const end = nextDay(day);
  return hours.getOpenIntervals(day, end).map(([from, to]) => [minutesOf(from), to.getTime() === end.getTime() ? 1440 : minutesOf(to)]);
}

/** The reference week: 30 Nov – 6 Dec 2026 has no public holiday. */
const REFERENCE_MONDAY = '2026-11-30';

/** The regular week, Monday first: what the hours say on days that are not holidays. */
function regularWeek(hours: OpeningHours): Interval[][] {
  const monday = localDay(REFERENCE_MONDAY);
  return Array.from({ length: 7 }, (_, weekday) => dayIntervals(hours, new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + weekday)));
}

export function weeklySchedule(value: string): DaySchedule[] {
  return regularWeek(parseOpeningHours(value)).map((intervals, weekday) => ({
    weekday,
    intervals: intervals.map(([from, to]) => ({ from: formatTime(from), to: formatTime(to) })),
  }));
}

/** Federal holidays the library knows, from a value that is open exactly on them. */
const LIBRARY_HOLIDAYS = new OpeningHours('PH', TATARSTAN);
const isLibraryHoliday = (day: Date) => LIBRARY_HOLIDAYS.getState(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 12));

/**
 * What the hours say for a public holiday falling on a given weekday: the library's answer on federal holidays of
 * that weekday (outside the New Year week, which values sometimes treat on their own), the most common one.
 * This is how a Tatarstan day the library does not know gets the office's own "PH" rule — "PH off", "PH
 * 10:00-14:00" or, if the value says nothing about holidays, its ordinary hours — without reading the syntax
 * ourselves.
 */
function holidayHours(hours: OpeningHours, weekday: number): Interval[] {
  const answers = new Map<string, { intervals: Interval[]; count: number }>();
  for (let day = localDay('2024-01-09'); day.getFullYear() < 2036; day = nextDay(day)) {
    if (weekdayOf(day) !== weekday || (day.getMonth() === 0 && day.getDate() <= 8) || !isLibraryHoliday(day)) continue;
    const intervals = dayIntervals(hours, day);
    const key = JSON.stringify(intervals);
    answers.set(key, { intervals, count: (answers.get(key)?.count ?? 0) + 1 });
  }
  const best = [...answers.values()].sort((a, b) => b.count - a.count)[0];
  // Federal holidays fall on every weekday over twelve years; a value the library cannot tell us about is closed.
  return best?.intervals ?? [];
}

const sameIntervals = (a: Interval[], b: Interval[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compiles a value into the table the browser reads: the regular week, and every day from `from` for `days`
 * days whose hours differ from it — federal holidays as the library sees them, and Tatarstan's own days
 * (holidays.ts) with the value's holiday rule. Outside that window the finder says nothing about "open now".
 */
export function compileHours(value: string, from: string, days = 730): CompiledHours {
  const hours = parseOpeningHours(value);
  const week = regularWeek(hours);
  const holidayRule = new Map<number, Interval[]>();
  const exceptions: Record<string, Interval[]> = {};
  let day = localDay(from);
  let last = day;
  for (let index = 0; index < days; index += 1, day = nextDay(day)) {
    const date = isoDay(day);
    const weekday = weekdayOf(day);
    let intervals = dayIntervals(hours, day);
    if (extraNonWorkingDay(date) && !isLibraryHoliday(day)) {
      if (!holidayRule.has(weekday)) holidayRule.set(weekday, holidayHours(hours, weekday));
      intervals = holidayRule.get(weekday)!;
    }
    if (!sameIntervals(intervals, week[weekday]!)) exceptions[date] = intervals;
    last = day;
  }
  return { week, exceptions, from, until: isoDay(last) };
}
