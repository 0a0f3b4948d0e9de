import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, isoDate, slug, source } from './common.ts';

/** A price of electricity for households, roubles per kWh including VAT (D16). */
export const tariff = defineContentType({
  apiName: 'tariff',
  pluralName: 'tariffs',
  kind: 'collectionType',
  fields: {
    slug,
    title: z.string().min(1).max(200),
    /** urban — city homes with gas stoves; urban-electric — with electric stoves / heating; rural — rural areas. */
    consumerGroup: z.enum(['urban', 'urban-electric', 'rural']),
    zone: z.enum(['single', 'day', 'night', 'peak', 'half-peak']),
    /** The meter the price is for; needed for `night`, which both multi-zone meters have; else told by the zone. */
    meterZones: z.enum(['single', 'day-night', 'three-zone']).nullish().describe('Meter: single-rate, day/night or three-zone'),
    rangeFromKwh: z.number().int().nonnegative().nullish().describe('Monthly volume range start, kWh'),
    rangeToKwh: z.number().int().nonnegative().nullish().describe('Monthly volume range end, kWh; empty = no limit'),
    priceRub: z.number().positive().describe('Roubles per kWh, VAT included'),
    validFrom: isoDate,
    validTo: isoDate.nullish(),
    note: z.string().max(1000).nullish(),
    disclosures,
    source,
    /** The regulator's act that sets the price (a ГК РТ по тарифам decree): its number and date, both or neither. */
    actNumber: z.string().max(60).nullish().describe('Decree number, e.g. 5-26/э'),
    actDate: isoDate.nullish().describe('Decree date'),
    isExample,
  },
  populate: { disclosures: true },
});
