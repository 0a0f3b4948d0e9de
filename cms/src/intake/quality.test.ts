import { describe, expect, it } from 'vitest';
import { lastMonths, qualityIndicators, type QualitySources } from './quality';

/**
 * The public indicators against a small set counted by hand, the suppression rule (fewer than five records: not
 * given) included. «Today» is 15 June 2026; the period is July 2025 – June 2026.
 */
const TODAY = '2026-06-15';
const appeal = (registeredAt: string, appealStatus: string, dueDate: string, rest: Partial<QualitySources['appeals'][number]> = {}) => ({
  registeredAt,
  requestType: null,
  appealStatus,
  dueDate,
  extendedTo: null,
  answeredAt: null,
  closedAt: null,
  ...rest,
});

const SOURCES: QualitySources = {
  appeals: [
    // May 2026 (Moscow): eight.
    appeal('2026-05-02T09:00:00Z', 'answered', '2026-06-01', { answeredAt: '2026-05-12T09:00:00Z' }), // on time, 10 days
    appeal('2026-05-03T09:00:00Z', 'answered', '2026-06-02', { answeredAt: '2026-05-23T09:00:00Z' }), // on time, 20 days
    appeal('2026-05-04T09:00:00Z', 'answered', '2026-06-03', { answeredAt: '2026-06-05T09:00:00Z' }), // late, 32 days
    appeal('2026-05-05T09:00:00Z', 'answered', '2026-06-04', { extendedTo: '2026-07-04', answeredAt: '2026-06-10T09:00:00Z' }), // on time (extended), 36 days
    appeal('2026-05-07T09:00:00Z', 'in-progress', '2026-06-06'), // open past its term: late
    appeal('2026-05-20T09:00:00Z', 'registered', '2026-06-19', { requestType: 'contract' }), // not yet due: not judged
    appeal('2026-05-08T09:00:00Z', 'closed-no-answer', '2026-06-07', { requestType: 'meter-work', closedAt: '2026-05-09T09:00:00Z' }), // not judged
    // 22:00 UTC on 30 April is 01:00 on 1 May in Moscow: a May appeal, answered on the 6th — 5 days.
    appeal('2026-04-30T22:00:00Z', 'answered', '2026-05-31', { answeredAt: '2026-05-06T09:00:00Z' }),
    // April: two, both on time — too few to show.
    appeal('2026-04-10T09:00:00Z', 'answered', '2026-05-10', { answeredAt: '2026-04-20T09:00:00Z' }),
    appeal('2026-04-11T09:00:00Z', 'answered', '2026-05-11', { answeredAt: '2026-04-21T09:00:00Z' }),
  ],
  readings: [
    ...['01', '05', '10', '20', '31'].map((day) => ({ submittedAt: `2026-05-${day}T09:00:00Z` })),
    ...['01', '02', '03'].map((day) => ({ submittedAt: `2026-04-${day}T09:00:00Z` })),
  ],
  scores: [5, 4, 4, 3, 5].map((score, index) => ({ score, submittedAt: `2026-0${index + 1}-15T09:00:00Z` })).concat([{ score: 1, submittedAt: '2025-06-20T09:00:00Z' }]),
  pages: [true, true, false, true, true, false, true]
    .map((helpful) => ({ helpful, submittedAt: '2026-06-01T09:00:00Z' }))
    .concat([{ helpful: false, submittedAt: '2025-01-01T09:00:00Z' }]),
};

describe('quality indicators', () => {
  const indicators = qualityIndicators(SOURCES, TODAY);
  const month = <T extends { month: string }>(rows: T[], name: string) => rows.find((row) => row.month === name)!;

  it('covers the last twelve months, June included', () => {
    expect(indicators.months[0]).toBe('2025-07');
    expect(indicators.months.at(-1)).toBe('2026-06');
    expect(lastMonths('2026-01-31', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('Исполнительность: answered on time of those judged — May: 4 of 6 (66.7 %); extended: one, too few to show', () => {
    // Judged: the five answered and the open one past its term; on time: the 1st, 2nd, 4th (extended) and the 8th.
    expect(month(indicators.timeliness, '2026-05')).toEqual({ month: '2026-05', onTimeShare: { value: 66.7, records: 6 }, extended: { suppressed: true } });
    expect(month(indicators.timeliness, '2026-04').onTimeShare).toEqual({ suppressed: true });
    expect(month(indicators.timeliness, '2026-03').onTimeShare).toEqual({ suppressed: true });
  });

  it('days to an answer: May (10 + 20 + 32 + 36 + 5) / 5 = 20.6; April, two answers: not given', () => {
    expect(month(indicators.daysToAnswer, '2026-05').days).toEqual({ value: 20.6, records: 5 });
    expect(month(indicators.daysToAnswer, '2026-04').days).toEqual({ suppressed: true });
  });

  it('satisfaction: (5 + 4 + 4 + 3 + 5) / 5 = 4.2 within the period; the 2025 score is outside it', () => {
    expect(indicators.satisfaction.average).toEqual({ value: 4.2, records: 5 });
  });

  it('informativeness: 5 «Да» of 7 = 71.4 %', () => {
    expect(indicators.informativeness.helpfulShare).toEqual({ value: 71.4, records: 7 });
  });

  it('use of the online services per month: May — 5 readings, 6 appeals, 2 requests (not given)', () => {
    expect(month(indicators.usage, '2026-05')).toEqual({
      month: '2026-05',
      readings: { value: 5, records: 5 },
      appeals: { value: 6, records: 6 },
      requests: { suppressed: true },
    });
    expect(month(indicators.usage, '2026-04').readings).toEqual({ suppressed: true });
  });

  it('gives nothing from an empty database: every cell suppressed', () => {
    const empty = qualityIndicators({ appeals: [], readings: [], scores: [], pages: [] }, TODAY);
    expect(empty.satisfaction.average).toEqual({ suppressed: true });
    expect(empty.usage.every((row) => 'suppressed' in row.readings)).toBe(true);
  });
});
