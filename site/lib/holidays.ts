/**
 * Non-working days in Tatarstan that the `opening_hours` library does not know, so that "PH off" in an office's
 * hours also closes the office on them (site/lib/opening-hours.ts applies them).
 *
 * What the library knows (opening_hours 3.15, checked by holidays.test.ts): for country_code "ru" it has Russia's
 * federal holidays (1–8 January, 23 February, 8 March with its Monday substitute, 1 and 9 May, 12 June, 4 November)
 * and none of the government's yearly transfers. Its state entry "Татарстан" adds Republic Day and Constitution
 * Day, but also Uraza and Kurban Bayram on 28 July and 4 October of EVERY year — the 2014 dates, wrong in any other
 * year. So we give the library the country only (our address says "Республика Татарстан", which it does not match)
 * and list Tatarstan's own days here, with the act that sets each one.
 *
 * Keep this list current: each January the Rais of Tatarstan decrees the dates of Uraza and Kurban Bayram
 * (law of the RT No. 1448-XII «О праздничных днях и памятных датах», art. 1), and each autumn the Government of
 * Russia decrees next year's transfers of days off.
 */

export interface NonWorkingDay {
  /** YYYY-MM-DD, a calendar day in Tatarstan (Moscow time). */
  date: string;
  /** What the day is, in Russian as in the act. */
  name: string;
  /** The act or source that makes it a non-working day. */
  source: string;
}

const RT_LAW = 'Закон РТ от 19.02.1992 № 1448-XII «О праздничных днях и памятных датах Республики Татарстан», ст. 1';

/**
 * Republic Day and Constitution Day of Tatarstan fall on the same date every year. Unlike federal holidays they
 * are not moved when they fall on a weekend (the RT Ministry of Labour's production calendars, e.g. 2025 and 2026).
 */
const FIXED_REPUBLIC_DAYS: ReadonlyArray<{ month: number; day: number; name: string }> = [
  { month: 8, day: 30, name: 'День Республики Татарстан' },
  { month: 11, day: 6, name: 'День Конституции Республики Татарстан' },
];

/** Days set year by year: Uraza and Kurban Bayram by the Rais's decree, federal transfers by the government. */
const DECREED_DAYS: readonly NonWorkingDay[] = [
  // 2026. Bayram dates: decree of the Rais of the RT, January 2026 (reported by Tatar-inform, 19.01.2026).
  { date: '2026-01-09', name: 'Выходной, перенесённый с 3 января', source: 'Постановление Правительства РФ о переносе выходных дней в 2026 году (24.09.2025)' },
  { date: '2026-03-20', name: 'Ураза-байрам', source: `Указ Раиса РТ, январь 2026; ${RT_LAW}` },
  { date: '2026-05-11', name: 'Выходной, перенесённый с 9 мая', source: 'Трудовой кодекс РФ, ст. 112; постановление Правительства РФ от 24.09.2025' },
  { date: '2026-05-27', name: 'Курбан-байрам', source: `Указ Раиса РТ, январь 2026; ${RT_LAW}` },
  { date: '2026-12-31', name: 'Выходной, перенесённый с 4 января', source: 'Постановление Правительства РФ о переносе выходных дней в 2026 году (24.09.2025)' },
  // 2027. Uraza and Kurban Bayram are not decreed yet (the decree comes in January 2027), nor is the transfer of
  // 2–3 January; what the Labour Code moves by itself is known: 1 May, 9 May and 12 June fall on a weekend.
  { date: '2027-05-03', name: 'Выходной, перенесённый с 1 мая', source: 'Трудовой кодекс РФ, ст. 112' },
  { date: '2027-05-10', name: 'Выходной, перенесённый с 9 мая', source: 'Трудовой кодекс РФ, ст. 112' },
  { date: '2027-06-14', name: 'Выходной, перенесённый с 12 июня', source: 'Трудовой кодекс РФ, ст. 112' },
];

/** The last year for which DECREED_DAYS is complete. Later years get only the fixed days and the library's. */
export const DECREED_DAYS_COMPLETE_UNTIL = 2026;

const pad = (value: number) => String(value).padStart(2, '0');

/** Tatarstan's own non-working days in a year that the library does not know, sorted by date. */
export function extraNonWorkingDays(year: number): NonWorkingDay[] {
  const fixed = FIXED_REPUBLIC_DAYS.map(({ month, day, name }) => ({ date: `${year}-${pad(month)}-${pad(day)}`, name, source: RT_LAW }));
  const decreed = DECREED_DAYS.filter((day) => day.date.startsWith(`${year}-`));
  return [...fixed, ...decreed].sort((a, b) => a.date.localeCompare(b.date));
}

/** The extra non-working day on a date (YYYY-MM-DD), if it is one. */
export function extraNonWorkingDay(date: string): NonWorkingDay | undefined {
  return extraNonWorkingDays(Number(date.slice(0, 4))).find((day) => day.date === date);
}
