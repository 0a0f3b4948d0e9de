import { describe, expect, it } from 'vitest';
import { summarizeWeek } from './hours-summary.ts';
import { compileHours } from './opening-hours.ts';

const RU = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'];

describe('summarizeWeek', () => {
  it('joins the working days and the weekend', () => {
    const { week } = compileHours('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off', '2026-11-01', 1);
    expect(summarizeWeek(week, RU, 'выходной')).toBe('пн–пт 08:00–12:00, 13:00–17:00; сб, вс — выходной');
  });

  it('keeps a day that differs on its own', () => {
    const { week } = compileHours('Mo-Th 08:00-17:00; Fr 08:00-16:00; Sa 09:00-13:00; PH off', '2026-11-01', 1);
    expect(summarizeWeek(week, RU, 'выходной')).toBe('пн–чт 08:00–17:00; пт 08:00–16:00; сб 09:00–13:00; вс — выходной');
  });
});
