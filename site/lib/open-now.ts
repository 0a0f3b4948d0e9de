import { addDays, moscowClock, weekdayOf } from '../../cms/src/shared/calendar.ts';
/**
 * "Open now", "opens at 08:00", "closes in 20 min" — always in Moscow time (Tatarstan's clock), whatever the
 * visitor's own time zone. Pure TypeScript with no dependency: it runs in the finder island in the browser and
 * in the unit tests. The hours themselves were read by the `opening_hours` library at build time
 * (opening-hours.ts, compileHours) into the small table below.
 */

/** An open interval in minutes since midnight, Moscow time: [opens, closes); closes = 1440 means midnight. */
export type Interval = [number, number];

export interface CompiledHours {
  /** The regular week, Monday first: open intervals of each weekday. */
  week: Interval[][];
  /** Days whose hours differ from the week (holidays, shortened days), YYYY-MM-DD → intervals; [] = closed. */
  exceptions: Record<string, Interval[]>;
  /** The window the exceptions cover, YYYY-MM-DD inclusive; outside it nothing is claimed. */
  from: string;
  until: string;
}

/** A moment on the Moscow clock. */
export interface MoscowTime {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since midnight, 0–1440 (1440: the end of the day). */
  minute: number;
  /** Days after today: 0 today, 1 tomorrow. */
  dayOffset: number;
}

export type OfficeState =
  { kind: 'open'; closes: MoscowTime; minutesLeft: number } | { kind: 'closed'; opens: MoscowTime | null; minutesUntil: number | null } | { kind: 'unknown' };

export function intervalsOn(hours: CompiledHours, date: string): Interval[] {
  return hours.exceptions[date] ?? hours.week[weekdayOf(date)] ?? [];
}

/** How far ahead to look for the next opening: past the New Year holidays with a weekend on either side. */
const LOOKAHEAD_DAYS = 16;

/**
 * The office's state at an instant. Moscow has kept UTC+3 all year since 2014, so minutes on its wall clock are
 * real minutes; the visitor's clock plays no part. An interval that runs to midnight and one that starts at
 * midnight the next day are one opening ("open until 02:00").
 */
export function officeState(hours: CompiledHours, instant: number): OfficeState {
  const { date, minute } = moscowClock(instant);
  if (date < hours.from || date > hours.until) return { kind: 'unknown' };

  const current = intervalsOn(hours, date).find(([opens, closes]) => opens <= minute && minute < closes);
  if (current) {
    let closes = current[1];
    let dayOffset = 0;
    while (closes === 1440 && dayOffset < LOOKAHEAD_DAYS) {
      const next = intervalsOn(hours, addDays(date, dayOffset + 1))[0];
      if (!next || next[0] !== 0) break;
      dayOffset += 1;
      closes = next[1];
    }
    return { kind: 'open', closes: { date: addDays(date, dayOffset), minute: closes, dayOffset }, minutesLeft: dayOffset * 1440 + closes - minute };
  }

  for (let dayOffset = 0; dayOffset <= LOOKAHEAD_DAYS; dayOffset += 1) {
    const day = addDays(date, dayOffset);
    if (day > hours.until) break;
    const opening = intervalsOn(hours, day).find(([opens]) => dayOffset > 0 || opens > minute);
    if (opening) {
      return { kind: 'closed', opens: { date: day, minute: opening[0], dayOffset }, minutesUntil: dayOffset * 1440 + opening[0] - minute };
    }
  }
  return { kind: 'closed', opens: null, minutesUntil: null };
}

/** True when the office is open at the instant (the "open now" filter). */
export const isOpenAt = (hours: CompiledHours, instant: number) => officeState(hours, instant).kind === 'open';
