import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, isoDate, phone, slug, source } from './common.ts';

/**
 * A customer service office (D04, D05, D21; clauses 18, 21, 25–34, 80ж). Text is per language; numbers,
 * coordinates, phones, hours and flags are shared by both languages, so they cannot drift apart.
 */
export const office = defineContentType({
  apiName: 'office',
  pluralName: 'offices',
  kind: 'collectionType',
  fields: {
    slug,
    name: z.string().min(1).max(200).describe('Name of the office as visitors see it'),
    /**
     * Which unit of the company it is (clause 25); the site explains each in plain words (offices.kind.*.about):
     * branch — филиал; oko — офис клиентского обслуживания; tu — территориальный участок; ooi — обособленный офис.
     */
    kind: z.enum(['branch', 'oko', 'tu', 'ooi']),
    municipality: z.string().min(1).max(120).describe('Town or municipal district, in the page language'),
    municipalitySlug: slug.describe('URL part and anchor of the municipality, the same in both languages (kazan, arsk)'),
    address: z.string().min(1).max(300).describe('Postal address, in the page language (street names stay in Russian)'),
    latitude: z.number().min(53).max(57).describe('WGS 84 latitude of the entrance; Tatarstan lies within 53–57° N'),
    longitude: z.number().min(47).max(55).describe('WGS 84 longitude of the entrance; Tatarstan lies within 47–55° E'),
    phones: z.array(phone).describe('Phones with their purpose; shown as tel: links'),
    email: z.email().max(254).nullish().describe('E-mail of the office, if it has its own'),
    openingHours: z
      .string()
      .min(1)
      .max(255)
      .describe(
        'Hours in OpenStreetMap opening_hours syntax, Moscow time, with the lunch break and "PH off" (or PH hours): ' +
          'PH covers Russia’s holidays and Tatarstan’s own days (site/lib/holidays.ts)',
      ),
    hoursCheckedOn: isoDate.describe('When the hours were last checked against the office; shown beside "open now"'),
    servesIndividuals: z.boolean().describe('Serves individuals (clause 27: ОКО and ТУ)'),
    servesLegalEntities: z.boolean().describe('Serves legal entities and sole proprietors (clause 27: branches and ОКО)'),
    hasCashDesk: z.boolean().describe('Has a cash desk'),
    commissionFreePayment: z.boolean().describe('Takes payment without commission (clause 80ж, D04)'),
    hasElectronicQueue: z.boolean().describe('Has an electronic queue (clause 32); otherwise a live queue (clause 33)'),
    acceptsContractApplications: z.boolean().describe('Accepts applications to conclude a contract (clause 21г)'),
    acceptsMeterReadings: z.boolean().describe('Accepts meter readings in person'),
    servesInRussian: z.boolean().describe('Service in Russian (clause 27)'),
    servesInTatar: z.boolean().describe('Service in Tatar (clause 27)'),
    accessibility: z.string().max(1000).nullish().describe('Accessibility of the premises for people with disabilities (clause 22)'),
    priorityService: z.string().min(1).max(1000).describe('How the out-of-turn service of clause 34 is given in this office: who, what to present, where to go'),
    disclosures,
    source,
    isExample,
  },
  populate: { phones: true, disclosures: true },
});
