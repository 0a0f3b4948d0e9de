import { moscowDate } from '../../shared/calendar';
import type { AppealStatus, RequestType } from '../../shared/contracts/appeal-status';
import { toCsv } from '../../shared/csv';
import { CHANNEL_LABELS, TOPIC_LABELS, TYPE_LABELS, type Channel } from '../../admin-ui/appeal-labels';

/**
 * The consolidated report of clause 28: appeals and requests registered per month (Moscow time), by type, topic and
 * channel, with their outcome (answered, closed without an answer, still open) and whether each was finished within
 * its term (the first or the extended one) or late. An open one counts as late once its term has passed. Worked out
 * from the records alone, so the same database always gives the same report.
 */
export interface ReportSource {
  registeredAt: string;
  requestType: RequestType | null;
  topic: string;
  channel: Channel | null;
  appealStatus: AppealStatus;
  dueDate: string;
  extendedTo: string | null;
  answeredAt: string | null;
  closedAt: string | null;
}

export interface ReportRow {
  month: string;
  type: RequestType;
  topic: string;
  channel: Channel;
  received: number;
  answered: number;
  closedWithoutAnswer: number;
  open: number;
  onTime: number;
  late: number;
  extended: number;
}

const day = (value: string | null) => (value ? String(value).slice(0, 10) : null);

/** Finished on or before the day its term ends, finished after it, or still open (late once the term has passed). */
export function timeliness(appeal: Pick<ReportSource, 'dueDate' | 'extendedTo' | 'answeredAt' | 'closedAt'>, today: string): 'on-time' | 'late' | 'pending' {
  const due = day(appeal.extendedTo) ?? day(appeal.dueDate)!;
  const finished = appeal.answeredAt ?? appeal.closedAt;
  if (finished) return moscowDate(new Date(finished)) <= due ? 'on-time' : 'late';
  return today > due ? 'late' : 'pending';
}

export function buildReport(appeals: readonly ReportSource[], today: string): ReportRow[] {
  const rows = new Map<string, ReportRow>();
  for (const appeal of appeals) {
    const month = moscowDate(new Date(appeal.registeredAt)).slice(0, 7);
    const type = appeal.requestType ?? 'appeal';
    const channel = appeal.channel ?? 'site';
    const key = [month, type, appeal.topic, channel].join('|');
    const row = rows.get(key) ?? { month, type, topic: appeal.topic, channel, received: 0, answered: 0, closedWithoutAnswer: 0, open: 0, onTime: 0, late: 0, extended: 0 };
    row.received += 1;
    if (appeal.appealStatus === 'answered') row.answered += 1;
    else if (appeal.appealStatus === 'closed-no-answer') row.closedWithoutAnswer += 1;
    else row.open += 1;
    const when = timeliness(appeal, today);
    if (when === 'on-time') row.onTime += 1;
    if (when === 'late') row.late += 1;
    if (appeal.extendedTo) row.extended += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.type.localeCompare(b.type) || a.topic.localeCompare(b.topic) || a.channel.localeCompare(b.channel));
}

/** The report's columns, with the headings officers read (the CSV and the XLSX both use them). */
export const REPORT_COLUMNS = [
  ['month', 'Месяц регистрации'],
  ['type', 'Вид'],
  ['topic', 'Тема'],
  ['channel', 'Как поступило'],
  ['received', 'Поступило'],
  ['answered', 'Дан ответ'],
  ['closedWithoutAnswer', 'Закрыто без ответа'],
  ['open', 'На рассмотрении'],
  ['onTime', 'В срок'],
  ['late', 'С нарушением срока'],
  ['extended', 'Срок продлевался'],
] as const satisfies ReadonlyArray<readonly [keyof ReportRow, string]>;

/** A row with its values as officers read them: labels, not the stored codes. */
export const labelled = (row: ReportRow): Record<string, string | number> => ({
  ...row,
  type: TYPE_LABELS[row.type] ?? row.type,
  topic: TOPIC_LABELS[row.topic as keyof typeof TOPIC_LABELS] ?? row.topic,
  channel: CHANNEL_LABELS[row.channel] ?? row.channel,
});

export function reportCsv(rows: readonly ReportRow[]): string {
  const headed = rows.map((row) => Object.fromEntries(REPORT_COLUMNS.map(([key, heading]) => [heading, labelled(row)[key]])));
  return toCsv(
    REPORT_COLUMNS.map(([, heading]) => heading),
    headed,
  );
}
