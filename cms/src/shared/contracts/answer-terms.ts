import type { RequestType } from './appeal-status';

/**
 * Calendar days to answer each type of request, counted from the day of registration (Moscow time). The site
 * states them on each form's page; the intake computes each due date from them (cms/src/intake/deadlines.ts).
 *
 * The standard's 30 days (clause 75, and its table of terms: «если иной срок не установлен законодательством»)
 * hold for every type for which no law sets another term.
 */
export const ANSWER_DAYS_BY_TYPE: Record<RequestType, number> = {
  appeal: 30,
  // The work itself within 6 months of the request (ПП 354, as amended; research §1) — the answer, within 30 days.
  'meter-work': 30,
  'e-bill': 30,
  'tariff-variant': 30,
  'tariff-benefit': 30,
  // The general term of ПП 442 п. 39 was not found in the act's text (research: contract-documents.md §2); п. 39(6)'s
  // 15 working days hold only for a contract concluded during technological connection, which the page says.
  contract: 30,
};
