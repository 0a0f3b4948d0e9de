import { moscowDate } from '../../cms/src/shared/calendar.ts';

/**
 * The moment the pages describe: this build's (the CMS asks for a build when a notice's time is crossed), or
 * TES_BUILD_TIME (ISO 8601) to build as of another moment — two builds of the same content then match byte for byte.
 */
export const BUILD_TIME = buildTime(process.env.TES_BUILD_TIME);

/** Its Moscow date: the first day of the offices' compiled hours, «сегодня» on the home page. */
export const BUILD_DAY = moscowDate(BUILD_TIME);

function buildTime(pinned: string | undefined): number {
  if (!pinned) return Date.now();
  const time = Date.parse(pinned);
  if (Number.isNaN(time)) throw new Error(`TES_BUILD_TIME is not a date: ${pinned}`);
  return time;
}
