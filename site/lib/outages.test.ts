import { describe, expect, it } from 'vitest';
import { currentEmergencies, groupNotices, noticeState } from './outages.ts';

const now = Date.parse('2026-12-10T09:00:00Z');
const notice = (slug: string, kind: string, startsAt: string, restoreBy: string, restoredAt?: string) => ({ slug, kind, startsAt, restoreBy, restoredAt });

describe('supply notices by state', () => {
  it('is planned before it starts, current until supply is back, over after', () => {
    expect(noticeState(notice('a', 'planned', '2026-12-10T10:00:00Z', '2026-12-10T15:00:00Z'), now)).toBe('planned');
    expect(noticeState(notice('b', 'emergency', '2026-12-10T08:00:00Z', '2026-12-10T12:00:00Z'), now)).toBe('current');
    expect(noticeState(notice('c', 'emergency', '2026-12-10T06:00:00Z', '2026-12-10T12:00:00Z', '2026-12-10T08:30:00Z'), now)).toBe('over');
    expect(noticeState(notice('d', 'planned', '2026-12-10T03:00:00Z', '2026-12-10T09:00:00Z'), now)).toBe('over');
  });

  it('lists emergencies first among the current, the soonest planned first, the latest over first, and the archive only a month back', () => {
    const notices = [
      notice('planned-late', 'planned', '2026-12-12T06:00:00Z', '2026-12-12T12:00:00Z'),
      notice('current-planned', 'planned', '2026-12-10T06:00:00Z', '2026-12-10T12:00:00Z'),
      notice('current-emergency', 'emergency', '2026-12-10T08:00:00Z', '2026-12-10T14:00:00Z'),
      notice('planned-soon', 'planned', '2026-12-11T06:00:00Z', '2026-12-11T12:00:00Z'),
      notice('over-old', 'planned', '2026-12-01T06:00:00Z', '2026-12-01T12:00:00Z'),
      notice('over-new', 'emergency', '2026-12-09T06:00:00Z', '2026-12-09T12:00:00Z'),
      notice('over-long-ago', 'planned', '2026-10-01T06:00:00Z', '2026-10-01T12:00:00Z'),
      notice('restored-long-ago', 'emergency', '2026-11-01T06:00:00Z', '2026-12-30T12:00:00Z', '2026-11-01T08:00:00Z'),
    ];
    const groups = groupNotices(notices, now);
    expect(groups.current.map((item) => item.slug)).toEqual(['current-emergency', 'current-planned']);
    expect(groups.planned.map((item) => item.slug)).toEqual(['planned-soon', 'planned-late']);
    expect(groups.over.map((item) => item.slug)).toEqual(['over-new', 'over-old']);
    expect(currentEmergencies(notices, now).map((item) => item.slug)).toEqual(['current-emergency']);
  });
});
