import { z } from 'zod';
import { defineContentType } from './define.ts';
import { audience, disclosures, isExample, markdown, slug, source } from './common.ts';

/** A way to pay for electricity (D11). */
export const paymentMethod = defineContentType({
  apiName: 'payment-method',
  pluralName: 'payment-methods',
  kind: 'collectionType',
  bodyField: 'body',
  fields: {
    slug,
    title: z.string().min(1).max(200),
    summary: z.string().min(1).max(500).describe('One or two sentences shown in the list'),
    body: markdown.nullish(),
    audience,
    commissionFree: z.boolean().describe('Payment without commission (clause 80в)'),
    order: z.number().int().describe('Position in the list, smallest first'),
    disclosures,
    source,
    isExample,
  },
  populate: { disclosures: true },
});
