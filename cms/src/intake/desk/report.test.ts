import { describe, expect, it } from 'vitest';
import { buildReport, reportCsv, timeliness, type ReportSource } from './report';

/** Eight records, counted by hand below: two months, two topics, two channels, every outcome. */
const base = { requestType: null, channel: null, extendedTo: null, answeredAt: null, closedAt: null } as const;
const RECORDS: ReportSource[] = [
  // January (Moscow): the first is registered at 23:30 on 31 December UTC — 02:30 on 1 January in Moscow.
  { ...base, registeredAt: '2025-12-31T23:30:00Z', topic: 'billing', appealStatus: 'answered', dueDate: '2026-01-31', answeredAt: '2026-01-20T10:00:00Z' },
  { ...base, registeredAt: '2026-01-05T09:00:00Z', topic: 'billing', appealStatus: 'answered', dueDate: '2026-02-04', answeredAt: '2026-02-05T09:00:00Z' },
  // Answered at 23:00 UTC on the due day's eve — 02:00 Moscow the next day: late.
  { ...base, registeredAt: '2026-01-10T09:00:00Z', topic: 'billing', appealStatus: 'answered', dueDate: '2026-02-09', answeredAt: '2026-02-09T23:00:00Z' },
  { ...base, registeredAt: '2026-01-12T09:00:00Z', topic: 'billing', appealStatus: 'extended', dueDate: '2026-02-11', extendedTo: '2026-03-13' },
  { ...base, registeredAt: '2026-01-15T09:00:00Z', topic: 'supply', appealStatus: 'closed-no-answer', dueDate: '2026-02-14', closedAt: '2026-01-16T09:00:00Z' },
  { ...base, registeredAt: '2026-01-20T09:00:00Z', topic: 'billing', channel: 'phone', appealStatus: 'in-progress', dueDate: '2026-02-19' },
  // February: a contract request, and an appeal answered within its extended term.
  { ...base, registeredAt: '2026-02-02T09:00:00Z', requestType: 'contract', topic: 'contract', appealStatus: 'registered', dueDate: '2026-03-04' },
  {
    ...base,
    registeredAt: '2026-02-03T09:00:00Z',
    topic: 'billing',
    appealStatus: 'answered',
    dueDate: '2026-03-05',
    extendedTo: '2026-04-04',
    answeredAt: '2026-03-20T09:00:00Z',
  },
];

describe('the clause-28 report', () => {
  const today = '2026-03-01';

  it('counts by month, type, topic and channel: outcomes, on time, late, extended — as counted by hand', () => {
    expect(buildReport(RECORDS, today)).toEqual([
      // January billing from the site: 4 received (1st, 2nd, 3rd, 4th records); 3 answered, 1 open (extended);
      // on time: the 1st; late: the 2nd and 3rd; the 4th is within its extended term (13 March): neither.
      // The phone appeal is still open and its term (19 February) has passed by 1 March: late.
      { month: '2026-01', type: 'appeal', topic: 'billing', channel: 'phone', received: 1, answered: 0, closedWithoutAnswer: 0, open: 1, onTime: 0, late: 1, extended: 0 },
      { month: '2026-01', type: 'appeal', topic: 'billing', channel: 'site', received: 4, answered: 3, closedWithoutAnswer: 0, open: 1, onTime: 1, late: 2, extended: 1 },
      { month: '2026-01', type: 'appeal', topic: 'supply', channel: 'site', received: 1, answered: 0, closedWithoutAnswer: 1, open: 0, onTime: 1, late: 0, extended: 0 },
      { month: '2026-02', type: 'appeal', topic: 'billing', channel: 'site', received: 1, answered: 1, closedWithoutAnswer: 0, open: 0, onTime: 1, late: 0, extended: 1 },
      { month: '2026-02', type: 'contract', topic: 'contract', channel: 'site', received: 1, answered: 0, closedWithoutAnswer: 0, open: 1, onTime: 0, late: 0, extended: 0 },
    ]);
  });

  it('counts an open appeal as late once its term has passed (Moscow days)', () => {
    const open = RECORDS[5]!;
    expect(timeliness(open, '2026-02-19')).toBe('pending');
    expect(timeliness(open, '2026-02-20')).toBe('late');
    expect(timeliness(RECORDS[3]!, '2026-03-13')).toBe('pending');
    expect(timeliness(RECORDS[3]!, '2026-03-14')).toBe('late');
  });

  it('writes CSV in words, with a byte-order mark, one row per group', () => {
    const csv = reportCsv(buildReport(RECORDS, today));
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Месяц регистрации,Вид,Тема,Как поступило,Поступило,Дан ответ,Закрыто без ответа,На рассмотрении,В срок,С нарушением срока,Срок продлевался');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toBe('2026-01,Обращение,Начисления и оплата,Сайт,4,3,0,1,1,2,1');
    expect(lines[5]).toBe('2026-02,Заявка на заключение или переоформление договора,Договор,Сайт,1,0,0,1,0,0,0');
  });
});
