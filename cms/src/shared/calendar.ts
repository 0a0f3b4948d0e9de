/**
 * Moscow time and calendar dates, once for the site, the islands and the CMS. The company works in Moscow time,
 * which has been UTC+3 all year since 26 October 2014 (Federal Law 248-FZ of 21 July 2014), so a fixed offset
 * is exact and needs no time-zone data — which browsers and Node may lack or hold stale. Calendar dates are
 * YYYY-MM-DD strings: their arithmetic involves no time zone at all.
 */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

export interface MoscowParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The Moscow calendar day and clock of a value: a calendar date (YYYY-MM-DD) is that day; an instant is converted. */
export function moscowParts(value: string | number | Date): MoscowParts {
  const calendar = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (calendar) return { year: Number(calendar[1]), month: Number(calendar[2]), day: Number(calendar[3]), hour: 0, minute: 0 };
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${String(value)}`);
  const moscow = new Date(time + MOSCOW_OFFSET_MS);
  return { year: moscow.getUTCFullYear(), month: moscow.getUTCMonth() + 1, day: moscow.getUTCDate(), hour: moscow.getUTCHours(), minute: moscow.getUTCMinutes() };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar date in Moscow of an instant (default: now), YYYY-MM-DD: "today" for deadlines, prices in force, hours. */
export function moscowDate(instant: number | Date = Date.now()): string {
  const { year, month, day } = moscowParts(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The Moscow wall clock at an instant (ms since the epoch): the date and the minute of the day. */
export function moscowClock(instant: number): { date: string; minute: number } {
  const { hour, minute } = moscowParts(instant);
  return { date: moscowDate(instant), minute: hour * 60 + minute };
}

/** A calendar date plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Monday … 6 = Sunday, for a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The next day readings are due by (the `dueDay` of this month, or of the next once it has passed), as YYYY-MM-DD. */
export function nextReadingsDue(today: string, dueDay: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const [dueYear, dueMonth] = day <= dueDay ? [year, month] : month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${dueYear}-${String(dueMonth).padStart(2, '0')}-${String(dueDay).padStart(2, '0')}`;
}
