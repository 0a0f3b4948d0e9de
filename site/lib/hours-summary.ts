import type { Interval } from './open-now.ts';
import { formatTime } from '../../cms/src/shared/format.ts';

/**
 * The regular week in one line, consecutive days with the same hours joined: "пн–пт 08:00–12:00, 13:00–17:00;
 * сб, вс — выходной". For the finder's cards, where a full table per office would be too long.
 */
export function summarizeWeek(week: readonly Interval[][], dayNames: readonly string[], closed: string): string {
  const text = (intervals: readonly Interval[]) => (intervals.length ? intervals.map(([from, to]) => `${formatTime(from)}–${formatTime(to)}`).join(', ') : closed);
  const groups: Array<{ first: number; last: number; hours: string }> = [];
  week.forEach((intervals, day) => {
    const hours = text(intervals);
    const previous = groups.at(-1);
    if (previous && previous.hours === hours && previous.last === day - 1) previous.last = day;
    else groups.push({ first: day, last: day, hours });
  });
  const days = ({ first, last }: { first: number; last: number }) =>
    first === last ? dayNames[first] : last === first + 1 ? `${dayNames[first]}, ${dayNames[last]}` : `${dayNames[first]}–${dayNames[last]}`;
  return groups.map((group) => `${days(group)} ${group.hours === closed ? `— ${closed}` : group.hours}`).join('; ');
}
