import { fill, formatTime } from '../../cms/src/shared/format.ts';
import type { OfficeState } from './open-now.ts';

/**
 * The office's state as one short sentence in the page's language. The strings come from the page (i18n keys
 * `offices.now.*`) so the island ships only its own language; month names come from the build's Intl because a
 * browser's Intl may have no Tatar data.
 */
export const NOW_KEYS = [
  'offices.now.open',
  'offices.now.openUntilTomorrow',
  'offices.now.closesSoon',
  'offices.now.opensSoon',
  'offices.now.opensToday',
  'offices.now.opensTomorrow',
  'offices.now.opensLater',
  'offices.now.closed',
] as const;
export type NowKey = (typeof NOW_KEYS)[number];

/** Within this many minutes of a change, say "in N min" rather than the time. */
export const SOON_MINUTES = 60;

export interface NowText {
  /** The sentence, e.g. "Открыто, закроется через 20 мин". */
  text: string;
  /** For styling: open, soon to close, closed. */
  tone: 'open' | 'closing' | 'closed';
}

/** `months`: the 12 month names as they follow a day number ("января" / "гыйнвар"). */
export function describeState(state: OfficeState, strings: Record<NowKey, string>, months: readonly string[]): NowText | null {
  if (state.kind === 'unknown') return null;
  if (state.kind === 'open') {
    if (state.minutesLeft <= SOON_MINUTES) return { text: fill(strings['offices.now.closesSoon'], { minutes: state.minutesLeft }), tone: 'closing' };
    const key = state.closes.dayOffset === 0 ? 'offices.now.open' : 'offices.now.openUntilTomorrow';
    return { text: fill(strings[key], { time: formatTime(state.closes.minute) }), tone: 'open' };
  }
  const { opens, minutesUntil } = state;
  if (!opens || minutesUntil === null) return { text: strings['offices.now.closed'], tone: 'closed' };
  if (minutesUntil <= SOON_MINUTES) return { text: fill(strings['offices.now.opensSoon'], { minutes: minutesUntil }), tone: 'closed' };
  const time = formatTime(opens.minute);
  if (opens.dayOffset === 0) return { text: fill(strings['offices.now.opensToday'], { time }), tone: 'closed' };
  if (opens.dayOffset === 1) return { text: fill(strings['offices.now.opensTomorrow'], { time }), tone: 'closed' };
  const day = `${Number(opens.date.slice(8, 10))} ${months[Number(opens.date.slice(5, 7)) - 1]}`;
  return { text: fill(strings['offices.now.opensLater'], { day, time }), tone: 'closed' };
}
