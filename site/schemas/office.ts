import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, phone, slug, source } from './common.ts';

/** A customer service office (D04, D05, D21; clauses 18, 25–34, 80ж). */
export const office = defineContentType({
  apiName: 'office',
  pluralName: 'offices',
  kind: 'collectionType',
  fields: {
    slug,
    name: z.string().min(1),
    /** branch — филиал; oko — офис очного обслуживания; tu — территориальный участок; ooi — обособленный офис. */
    kind: z.enum(['branch', 'oko', 'tu', 'ooi']),
    municipality: z.string().min(1).describe('Town or municipal district'),
    address: z.string().min(1),
    latitude: z.number().min(53).max(57),
    longitude: z.number().min(47).max(55),
    phones: z.array(phone),
    email: z.email().nullish(),
    openingHours: z.string().min(1).describe('Hours in OpenStreetMap opening_hours syntax'),
    servesIndividuals: z.boolean(),
    servesLegalEntities: z.boolean(),
    hasCashDesk: z.boolean(),
    commissionFreePayment: z.boolean(),
    hasElectronicQueue: z.boolean(),
    accessibility: z.string().nullish().describe('Accessibility of the premises'),
    disclosures,
    source,
    isExample,
  },
  populate: { phones: true, disclosures: true },
});
