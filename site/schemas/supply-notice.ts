import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, isoDateTime, slug, source } from './common.ts';
import { MUNICIPALITY_SLUGS } from '../../cms/src/shared/municipalities.ts';

/** Planned work, an emergency, or supply of poor quality (clauses 7, 17 д of the standard). */
export const NOTICE_KINDS = ['planned', 'emergency', 'poor-quality'] as const;

/** A street and its houses («1–15, 17»; none: the whole street). */
export const outageStreet = z.object({ street: z.string().min(1).max(200), houses: z.string().max(200).nullish() });

/**
 * A notice of a supply interruption or of poor-quality supply (D22; clauses 7, 17 д; issue 15): where — the
 * municipality (one of cms/src/shared/municipalities.ts), the settlement, the streets and houses —, what kind, when it
 * starts, when supply is planned back (and was, before it moved), when it actually came back, why, and the grid
 * organisation that restores it with its emergency phone.
 */
export const supplyNotice = defineContentType({
  apiName: 'supply-notice',
  pluralName: 'supply-notices',
  kind: 'collectionType',
  fields: {
    slug,
    title: z.string().min(1).max(200),
    kind: z.enum(NOTICE_KINDS),
    municipality: z.enum(MUNICIPALITY_SLUGS as [string, ...string[]]).describe('The municipality, by its slug'),
    settlement: z.string().min(1).max(200),
    streets: z.array(outageStreet),
    startsAt: isoDateTime,
    restoreBy: isoDateTime.describe('Planned time of restoration'),
    restoredAt: isoDateTime.nullish().describe('When supply actually came back'),
    restoreByPrevious: isoDateTime.nullish().describe('The planned restoration before it was last moved (set by the CMS)'),
    cause: z.string().min(1).max(1000),
    gridOrganisation: z.string().min(1).max(200),
    gridPhone: z
      .string()
      .max(25)
      .regex(/^\+7 \(\d{3,4}\) \d{2,3}-\d{2}-\d{2}$/, 'write the number as +7 (XXX) XXX-XX-XX'),
    disclosures,
    source,
    isExample,
  },
  seedOverrides: { restoreByPrevious: z.optional(z.undefined()) },
  populate: { streets: true, disclosures: true },
});
