import { describe, expect, it } from 'vitest';
import { nextReadingsDue } from './calendar.ts';

describe('nextReadingsDue', () => {
  it('is this month’s due day until it has passed, then next month’s, across the year', () => {
    expect(nextReadingsDue('2026-12-06', 25)).toBe('2026-12-25');
    expect(nextReadingsDue('2026-12-25', 25)).toBe('2026-12-25');
    expect(nextReadingsDue('2026-12-26', 25)).toBe('2027-01-25');
    expect(nextReadingsDue('2026-02-28', 25)).toBe('2026-03-25');
  });
});
