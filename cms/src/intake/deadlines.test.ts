import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, moscowDate } from '../shared/calendar';
import { deadlineState, dueDateFor, extendedDueDate } from './deadlines';
import { applyStatusRules, type AppealProcessing } from './status-rules';

describe('deadlines (clause 75)', () => {
  it('counts 30 calendar days from the day of registration in Moscow', () => {
    expect(dueDateFor(new Date('2026-03-01T09:00:00+03:00'))).toBe('2026-03-31');
    // 22:30 UTC on 31 January is already 1 February in Moscow.
    expect(moscowDate(new Date('2026-01-31T22:30:00Z'))).toBe('2026-02-01');
    expect(dueDateFor(new Date('2026-01-31T22:30:00Z'))).toBe('2026-03-03');
    // Across a year and a leap day.
    expect(dueDateFor(new Date('2027-12-15T12:00:00+03:00'))).toBe('2028-01-14');
    expect(addDays('2028-02-15', 30)).toBe('2028-03-16');
  });

  it('extends once by 30 more days', () => {
    expect(extendedDueDate('2026-03-31')).toBe('2026-04-30');
    expect(daysBetween('2026-03-31', '2026-04-30')).toBe(30);
  });

  it('marks open appeals on time, due soon (5 days or fewer) and overdue; closed ones done', () => {
    const open = { status: 'in-progress', dueDate: '2026-03-31' };
    expect(deadlineState(open, '2026-03-25')).toBe('on-time');
    expect(deadlineState(open, '2026-03-26')).toBe('due-soon');
    expect(deadlineState(open, '2026-03-31')).toBe('due-soon');
    expect(deadlineState(open, '2026-04-01')).toBe('overdue');
    expect(deadlineState({ ...open, status: 'extended', extendedTo: '2026-04-30' }, '2026-04-01')).toBe('on-time');
    expect(deadlineState({ ...open, status: 'answered' }, '2026-05-01')).toBe('done');
    expect(deadlineState({ ...open, status: 'closed-no-answer' }, '2026-05-01')).toBe('done');
  });
});

describe('status rules', () => {
  const now = new Date('2026-03-10T10:00:00+03:00');
  const registered: AppealProcessing = { status: 'registered', dueDate: '2026-03-31' };

  it('allows taking an appeal into work', () => {
    expect(applyStatusRules(registered, { status: 'in-progress' }, now)).toEqual({ ok: true, set: { deadlineState: 'on-time' } });
  });

  it('extends once by 30 days, with a reason; the e-mail is the notice, and without one the officer records how it was given', () => {
    const withEmail = { ...registered, email: 'a@example.ru' };
    expect(applyStatusRules(withEmail, { status: 'extended' }, now)).toMatchObject({ ok: false, message: expect.stringContaining('причину продления') });
    // The notice's time is set when its e-mail goes (the outbox), not here.
    expect(applyStatusRules(withEmail, { status: 'extended', extensionReason: 'Запрошены сведения у сетевой организации' }, now)).toEqual({
      ok: true,
      set: { extendedTo: '2026-04-30', deadlineState: 'on-time' },
    });
    const reason = { status: 'extended' as const, extensionReason: 'Запрошены сведения у сетевой организации' };
    expect(applyStatusRules(registered, reason, now)).toMatchObject({ ok: false, message: expect.stringContaining('Как уведомлён заявитель') });
    expect(applyStatusRules(registered, { ...reason, extensionNotice: 'По телефону 10.03.2026 в 10:00' }, now)).toEqual({
      ok: true,
      set: { extendedTo: '2026-04-30', extensionNoticeAt: now.toISOString(), deadlineState: 'on-time' },
    });
    // Never a second time, and never back to "in progress".
    const again = applyStatusRules({ ...withEmail, status: 'in-progress', extendedTo: '2026-04-30', extensionReason: 'x' }, { status: 'extended' }, now);
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining('только один раз') });
    expect(applyStatusRules({ ...registered, status: 'extended', extendedTo: '2026-04-30' }, { status: 'in-progress' }, now).ok).toBe(false);
    // Nor rewritten: the visitor was told this reason.
    const told = { ...withEmail, status: 'extended' as const, extendedTo: '2026-04-30', extensionReason: 'Запрос в сетевую организацию' };
    expect(applyStatusRules(told, { status: 'extended', extensionReason: 'Другая причина' }, now)).toMatchObject({
      ok: false,
      message: expect.stringContaining('только один раз'),
    });
    expect(applyStatusRules(told, { status: 'extended', extensionReason: 'Запрос в сетевую организацию', internalNote: 'x' }, now).ok).toBe(true);
  });

  it('needs the answer and its channel for "answered"', () => {
    expect(applyStatusRules(registered, { status: 'answered', answer: 'Перерасчёт выполнен.' }, now).ok).toBe(false);
    expect(applyStatusRules(registered, { status: 'answered', answerChannel: 'email' }, now).ok).toBe(false);
    expect(applyStatusRules({ ...registered, email: 'a@example.ru' }, { status: 'answered', answer: 'Перерасчёт выполнен.', answerChannel: 'email' }, now)).toEqual({
      ok: true,
      set: { answeredAt: now.toISOString(), deadlineState: 'done' },
    });
    // By e-mail only to someone who gave an address.
    expect(applyStatusRules(registered, { status: 'answered', answer: 'Перерасчёт выполнен.', answerChannel: 'email' }, now)).toMatchObject({ ok: false });
    expect(applyStatusRules(registered, { status: 'answered', answer: 'Перерасчёт выполнен.', answerChannel: 'phone' }, now).ok).toBe(true);
  });

  it('needs a ground of clause 77 or 78 to close without an answer', () => {
    expect(applyStatusRules(registered, { status: 'closed-no-answer' }, now).ok).toBe(false);
    expect(applyStatusRules(registered, { status: 'closed-no-answer', closedReason: 'anonymous' }, now).ok).toBe(true);
  });

  it('keeps answered and closed appeals as they are, except the internal note', () => {
    const answered: AppealProcessing = { status: 'answered', dueDate: '2026-03-31', answer: 'Ответ', answerChannel: 'email' };
    expect(applyStatusRules(answered, { status: 'in-progress' }, now).ok).toBe(false);
    expect(applyStatusRules(answered, { answer: 'Другой ответ' }, now).ok).toBe(false);
    expect(applyStatusRules(answered, { status: 'answered', answer: 'Ответ', answerChannel: 'email', internalNote: 'Проверено' }, now).ok).toBe(true);
  });

  it('marks an open appeal past its due date overdue on save', () => {
    const late = applyStatusRules(registered, { status: 'in-progress' }, new Date('2026-04-02T10:00:00+03:00'));
    expect(late).toEqual({ ok: true, set: { deadlineState: 'overdue' } });
  });
});
