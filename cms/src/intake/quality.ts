import { daysBetween, moscowDate } from '../shared/calendar';
import { timeliness } from './desk/report';
import { MIN_RECORDS, type Cell, type QualityIndicators } from '../shared/quality';

export { MIN_RECORDS };

/**
 * «Показатели качества обслуживания» (issue 14; section V.I and clause 85 of the standard), computed from the records
 * for the site's public page — aggregates only:
 *   - Исполнительность: per month of registration, the share of appeals and requests answered within their term
 *     (of those answered, and of those still open past it), and how many had their term extended;
 *   - the average number of days from registration to the answer (Moscow calendar days), per month;
 *   - Результативность обратной связи: the average score of answers (1–5) and how many scored;
 *   - Информативность: the share of «Да» to «Была ли страница полезной?», and how many answered;
 *   - clause 85, use of the online services: meter readings, appeals and requests received through the site per month.
 * A figure built from fewer than MIN_RECORDS records is not given (`suppressed`), and the page says so: a month of
 * three appeals must not let anyone recognise whose. The README gives the SQL that reproduces every figure.
 */
/** The last twelve calendar months, the current one included. */
export const MONTHS = 12;

const cell = (value: number, records: number): Cell => (records < MIN_RECORDS ? { suppressed: true } : { value, records });
const share = (part: number, whole: number): Cell => cell(whole ? Math.round((part / whole) * 1000) / 10 : 0, whole);
const mean = (values: number[]): Cell => cell(values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : 0, values.length);
const count = (records: number): Cell => cell(records, records);

export interface QualitySources {
  appeals: Array<{
    registeredAt: string;
    requestType: string | null;
    appealStatus: string;
    dueDate: string;
    extendedTo: string | null;
    answeredAt: string | null;
    closedAt: string | null;
  }>;
  readings: Array<{ submittedAt: string }>;
  scores: Array<{ score: number; submittedAt: string }>;
  pages: Array<{ helpful: boolean; submittedAt: string }>;
}

/** The `MONTHS` calendar months up to the one of `today`, oldest first. */
export function lastMonths(today: string, months = MONTHS): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, index) => {
    const total = year * 12 + (month - 1) - (months - 1 - index);
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

const monthOf = (value: string) => moscowDate(new Date(value)).slice(0, 7);

export function qualityIndicators(sources: QualitySources, today: string): QualityIndicators {
  const months = lastMonths(today);
  const inPeriod = (value: string) => months.includes(monthOf(value));
  const byMonth =
    <T>(items: T[], at: (item: T) => string) =>
    (month: string) =>
      items.filter((item) => monthOf(at(item)) === month);
  const appealsIn = byMonth(sources.appeals, (appeal) => appeal.registeredAt);

  return {
    today,
    months,
    minRecords: MIN_RECORDS,
    timeliness: months.map((month) => {
      const appeals = appealsIn(month);
      // Judged: answered (on time or late), or still open past the term (late). Not yet due, or closed without an
      // answer (clauses 77–78): not judged.
      const judged = appeals.filter((appeal) => appeal.appealStatus === 'answered' || (appeal.appealStatus !== 'closed-no-answer' && timeliness(appeal, today) === 'late'));
      const onTime = judged.filter((appeal) => appeal.appealStatus === 'answered' && timeliness(appeal, today) === 'on-time').length;
      return { month, onTimeShare: share(onTime, judged.length), extended: count(appeals.filter((appeal) => appeal.extendedTo).length) };
    }),
    daysToAnswer: months.map((month) => ({
      month,
      days: mean(
        appealsIn(month)
          .filter((appeal) => appeal.appealStatus === 'answered' && appeal.answeredAt)
          .map((appeal) => daysBetween(moscowDate(new Date(appeal.registeredAt)), moscowDate(new Date(appeal.answeredAt!)))),
      ),
    })),
    satisfaction: { average: mean(sources.scores.filter((score) => inPeriod(score.submittedAt)).map((score) => score.score)) },
    informativeness: {
      helpfulShare: (() => {
        const answers = sources.pages.filter((page) => inPeriod(page.submittedAt));
        return share(answers.filter((page) => page.helpful).length, answers.length);
      })(),
    },
    usage: months.map((month) => {
      const appeals = appealsIn(month);
      const requests = appeals.filter((appeal) => appeal.requestType && appeal.requestType !== 'appeal').length;
      return {
        month,
        readings: count(byMonth(sources.readings, (reading) => reading.submittedAt)(month).length),
        appeals: count(appeals.length - requests),
        requests: count(requests),
      };
    }),
  };
}
