import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, markdown, slug, source } from './common.ts';

export const FAQ_TOPICS = ['contract', 'payment', 'readings', 'tariffs', 'debt', 'supply', 'cabinet', 'appeals', 'other'] as const;

/** A frequently asked question and its answer (D20). */
export const faqItem = defineContentType({
  apiName: 'faq-item',
  pluralName: 'faq-items',
  kind: 'collectionType',
  bodyField: 'answer',
  fields: {
    slug,
    question: z.string().min(1).max(255),
    answer: markdown,
    topic: z.enum(FAQ_TOPICS),
    order: z.number().int(),
    disclosures,
    source,
    isExample,
  },
  populate: { disclosures: true },
});
