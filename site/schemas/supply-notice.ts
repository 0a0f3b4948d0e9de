import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, isoDateTime, slug, source } from './common.ts';

/** A notice of a supply interruption or of poor-quality supply (D22; clauses 7, 17д). */
export const supplyNotice = defineContentType({
  apiName: 'supply-notice',
  pluralName: 'supply-notices',
  kind: 'collectionType',
  fields: {
    slug,
    title: z.string().min(1).max(200),
    kind: z.enum(['planned', 'unplanned', 'poor-quality']),
    area: z.string().min(1).max(500).describe('Streets, settlements or district affected'),
    cause: z.string().min(1).max(1000),
    startsAt: isoDateTime,
    restoreBy: isoDateTime.describe('Planned time of restoration'),
    disclosures,
    source,
    isExample,
  },
  populate: { disclosures: true },
});
