import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, isoDate, markdown, slug, source } from './common.ts';

/** How a survey asked: a questionnaire, a telephone survey, or a mystery shopper (clause 86 of the standard). */
export const SURVEY_METHODS = ['questionnaire', 'telephone', 'mystery-shopper'] as const;
/** Whose answers a score is: citizens, organisations and sole traders, or every customer (clause 27). */
export const SURVEY_GROUPS = ['individuals', 'legal-entities', 'all'] as const;

/** One question's average score for one group of customers, on its scale (4.3 of 5; 87 of 100 %). */
export const surveyResult = z.object({
  question: z.string().min(1).max(300),
  group: z.enum(SURVEY_GROUPS),
  score: z.number().min(0),
  scaleMax: z.number().int().min(1).max(100),
});

/**
 * A yearly survey of customers' satisfaction and its published results (section X of the standard, clauses 83–87;
 * D24): when, how, how many were asked, the scores by question and group, and what was done about them. The results
 * are localized (the question's wording); both languages must give the same scores in the same order — the site's
 * build checks it (data/surveys.ts).
 */
export const survey = defineContentType({
  apiName: 'survey',
  pluralName: 'surveys',
  kind: 'collectionType',
  bodyField: 'actionsTaken',
  fields: {
    slug,
    year: z.number().int().min(2000).max(2100),
    title: z.string().min(1).max(200),
    summary: z.string().min(1).max(1000),
    periodFrom: isoDate,
    periodTo: isoDate,
    method: z.enum(SURVEY_METHODS),
    sampleSize: z.number().int().min(1),
    results: z.array(surveyResult).min(1),
    actionsTaken: markdown,
    disclosures,
    source,
    isExample,
  },
  populate: { results: true, disclosures: true },
});
