import { describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { refreshDeadlines } from './intake';
import { addDays, moscowDate } from '../shared/calendar';

/** The hourly refresh of the officers' deadline marks, against a stand-in for Strapi's query engine. */
describe('refreshDeadlines', () => {
  it('marks open appeals overdue or due soon as days pass, and leaves unchanged ones alone', async () => {
    const today = moscowDate(new Date());
    const rows = [
      { id: 1, appealStatus: 'registered', dueDate: addDays(today, -1), extendedTo: null, deadlineState: 'on-time' },
      { id: 2, appealStatus: 'in-progress', dueDate: addDays(today, 3), extendedTo: null, deadlineState: 'on-time' },
      { id: 3, appealStatus: 'extended', dueDate: addDays(today, -5), extendedTo: addDays(today, 25), deadlineState: 'on-time' },
      { id: 4, appealStatus: 'registered', dueDate: addDays(today, 20), extendedTo: null, deadlineState: 'on-time' },
    ];
    const updates: Array<{ ids: number[]; state: string }> = [];
    const strapi = {
      db: {
        query: () => ({
          findMany: async () => rows,
          updateMany: async ({ where, data }: { where: { id: { $in: number[] } }; data: { deadlineState: string } }) =>
            void updates.push({ ids: where.id.$in, state: data.deadlineState }),
        }),
      },
    } as unknown as Core.Strapi;
    expect(await refreshDeadlines(strapi)).toBe(2);
    expect(updates.sort((a, b) => a.state.localeCompare(b.state))).toEqual([
      { ids: [2], state: 'due-soon' },
      { ids: [1], state: 'overdue' },
    ]);
  });
});
