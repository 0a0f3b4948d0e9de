/**
 * Where a supply notice stands at a moment (issue 15): current (begun, not over), planned (not begun), or over (supply
 * restored, or its planned restoration passed). The static site classifies at build time; the CMS asks for a build
 * whenever a notice's time is crossed (cms/src/intake/outage-notify.ts), so the page is right within minutes.
 */
export interface NoticeTimes {
  kind: string;
  startsAt: string;
  restoreBy: string;
  restoredAt?: string | null | undefined;
}

export type NoticeState = 'current' | 'planned' | 'over';

/** How long a notice stays in the archive and the feeds after supply came back (or was due back): a month. */
export const ARCHIVE_MS = 31 * 24 * 60 * 60 * 1000;

/** Whether a notice is still shown: not over, or over for less than a month. */
export const isRecent = (notice: NoticeTimes, now: number) => noticeState(notice, now) !== 'over' || Date.parse(notice.restoredAt ?? notice.restoreBy) > now - ARCHIVE_MS;

export function noticeState(notice: NoticeTimes, now: number): NoticeState {
  const restored = notice.restoredAt ? Date.parse(notice.restoredAt) : NaN;
  if (restored <= now || Date.parse(notice.restoreBy) <= now) return 'over';
  return Date.parse(notice.startsAt) <= now ? 'current' : 'planned';
}

/** The notices in the order the page lists them: emergencies first among the current, the soonest planned, the latest over (of the last month). */
export function groupNotices<T extends NoticeTimes>(notices: readonly T[], now: number): Record<NoticeState, T[]> {
  const by = (state: NoticeState) => notices.filter((notice) => noticeState(notice, now) === state);
  const emergencyFirst = (a: T, b: T) => Number(b.kind === 'emergency') - Number(a.kind === 'emergency') || a.startsAt.localeCompare(b.startsAt);
  return {
    current: by('current').sort(emergencyFirst),
    planned: by('planned').sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    over: by('over')
      .filter((notice) => isRecent(notice, now))
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
  };
}

/** The emergencies going on: the home page's banner. */
export const currentEmergencies = <T extends NoticeTimes>(notices: readonly T[], now: number) =>
  notices.filter((notice) => notice.kind === 'emergency' && noticeState(notice, now) === 'current');
