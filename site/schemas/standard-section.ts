import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, markdown, slug, source } from './common.ts';

/** A clause; its number gives the stable anchor #p-<number> that other pages cite. */
const clause = z.object({
  number: z
    .string()
    .max(20)
    .regex(/^\d+(\.\d+)?$/, 'a clause number is digits, e.g. 75 or 75.1'),
  text: markdown,
});

/** A section of the standard with its clauses, in the standard's order (D19). */
export const standardSection = defineContentType({
  apiName: 'standard-section',
  pluralName: 'standard-sections',
  kind: 'collectionType',
  bodyField: 'intro',
  fields: {
    slug,
    number: z.string().min(1).max(20).describe('Section number as the standard writes it, e.g. VI.I'),
    title: z.string().min(1).max(255),
    order: z.number().int().describe('Position in the standard'),
    intro: markdown.nullish().describe('Text of the section before its first clause'),
    clauses: z.array(clause),
    disclosures,
    source,
    isExample,
  },
  populate: { clauses: true, disclosures: true },
});
