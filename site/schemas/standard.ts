import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, isoDate, markdown, source } from './common.ts';

const revision = z.object({
  date: isoDate,
  summary: z.string().min(1).max(1000),
});

/** The customer service quality standard: title, approval date, introduction and revision history (D19). */
export const standard = defineContentType({
  apiName: 'standard',
  pluralName: 'standards',
  kind: 'singleType',
  bodyField: 'introduction',
  fields: {
    title: z.string().min(1).max(255),
    approvedOn: isoDate,
    introduction: markdown.nullish(),
    revisions: z.array(revision),
    disclosures,
    source,
    isExample,
  },
  populate: { revisions: true, disclosures: true },
});
