import { describe, expect, it } from 'vitest';
import { orderQueue } from './queue';

describe('the desk queue', () => {
  const today = '2026-03-20';
  const rows = [
    { number: '2026-000001', appealStatus: 'registered', dueDate: '2026-04-10', extendedTo: null },
    { number: '2026-000002', appealStatus: 'in-progress', dueDate: '2026-03-19', extendedTo: null },
    { number: '2026-000003', appealStatus: 'extended', dueDate: '2026-03-01', extendedTo: '2026-03-31' },
    { number: '2026-000004', appealStatus: 'registered', dueDate: '2026-03-24', extendedTo: null },
    { number: '2026-000005', appealStatus: 'answered', dueDate: '2026-03-05', extendedTo: null },
    { number: '2026-000006', appealStatus: 'registered', dueDate: '2026-03-25', extendedTo: null, requestType: 'contract', channel: 'office' },
  ];

  it('puts the overdue first, then the due soon, then the rest by the day their term ends, and the finished last', () => {
    const queue = orderQueue(rows, today);
    expect(queue.map((row) => [row.number, row.deadline, row.due])).toEqual([
      ['2026-000002', 'overdue', '2026-03-19'],
      ['2026-000004', 'due-soon', '2026-03-24'],
      ['2026-000006', 'due-soon', '2026-03-25'],
      // Extended: its term is the new one, 11 days away.
      ['2026-000003', 'on-time', '2026-03-31'],
      ['2026-000001', 'on-time', '2026-04-10'],
      ['2026-000005', 'done', '2026-03-05'],
    ]);
  });

  it('reads an untyped record as a site appeal', () => {
    const [first] = orderQueue([rows[0]!], today);
    expect([first!.requestType, first!.channel]).toEqual(['appeal', 'site']);
    expect(orderQueue([rows[5]!], today)[0]).toMatchObject({ requestType: 'contract', channel: 'office' });
  });
});
