import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, isoDate, markdown, source } from './common.ts';

/** A clause; its number gives the stable anchor #p-<number> other pages cite. */
const clause = z.object({
  number: z.string().regex(/^\d+(\.\d+)?$/, 'a clause number is digits, e.g. 75 or 75.1'),
  text: markdown,
});

const section = z.object({
  number: z.string().min(1).describe('Section number as the standard writes it, e.g. IX'),
  title: z.string().min(1),
  clauses: z.array(clause),
});

const revision = z.object({
  date: isoDate,
  summary: z.string().min(1),
});

/** The customer service quality standard itself, with its revision history (D19). */
export const standard = defineContentType({
  apiName: 'standard',
  pluralName: 'standards',
  kind: 'singleType',
  bodyField: 'introduction',
  fields: {
    title: z.string().min(1),
    approvedOn: isoDate,
    introduction: markdown.nullish(),
    sections: z.array(section),
    revisions: z.array(revision),
    disclosures,
    source,
    isExample,
  },
  populate: { sections: { populate: { clauses: true } }, revisions: true, disclosures: true },
});
