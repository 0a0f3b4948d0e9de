import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_TYPES } from './index.ts';
import { readStrapiSchema } from '../../scripts/lib/strapi-schema.ts';
import { PUBLIC_CONTENT_TYPES } from '../../cms/src/shared/public-types.ts';
import { appealForm, appealInput } from '../../cms/src/shared/contracts/appeal.ts';
import { fieldsOf, type FormSpec } from '../../cms/src/shared/contracts/form-spec.ts';
import { REQUEST_KINDS, REQUESTS } from '../../cms/src/shared/contracts/requests.ts';
import { readingForm, readingInput } from '../../cms/src/shared/contracts/meter-reading.ts';
import { z } from 'zod';
import { strapiMismatches } from './strapi-parity.ts';

/** The zod schemas and Strapi's schema.json describe the same fields, or the seed and the site would disagree. */
describe('schemas match Strapi', () => {
  for (const [collection, type] of Object.entries(CONTENT_TYPES)) {
    it(`${collection}: same fields as cms/src/api/${type.apiName}`, () => {
      const strapi = readStrapiSchema(type.apiName) as { kind: string; info: { pluralName: string }; attributes: Record<string, { type: string }> };
      expect(Object.keys(type.fields).sort()).toEqual(Object.keys(strapi.attributes).sort());
      expect(strapi.kind).toBe(type.kind);
      expect(strapi.info.pluralName).toBe(type.pluralName);
    });

    it(`${collection}: every field as Strapi has it — type, required, enum values, lengths, bounds, pattern`, () => {
      expect(strapiMismatches(type.apiName, z.object(type.fields))).toEqual([]);
    });

    it(`${collection}: populates every component and media field, and nothing else`, () => {
      const { attributes } = readStrapiSchema(type.apiName) as { attributes: Record<string, { type: string }> };
      const needsPopulate = Object.entries(attributes)
        .filter(([, attribute]) => ['component', 'media', 'relation', 'dynamiczone'].includes(attribute.type))
        .map(([name]) => name);
      expect(Object.keys(type.populate).sort()).toEqual(needsPopulate.sort());
    });

    it(`${collection}: is public and read-only over REST`, () => {
      expect(PUBLIC_CONTENT_TYPES).toContain(type.uid);
      const routes = readFileSync(`cms/src/api/${type.apiName}/routes/${type.apiName}.ts`, 'utf8');
      expect(routes).toContain("only: ['find', 'findOne']");
    });
  }

  it('the intake records hold what the forms accept: type, required, enum values and lengths of every form field', () => {
    // Every field of the form but the consent, which the record keeps as its time (consentAt), and the documents,
    // which are records of their own (appeal-file).
    const stored = (spec: FormSpec) =>
      fieldsOf(spec)
        .filter((field) => field.kind !== 'files')
        .map((field) => field.name)
        .filter((name) => name !== 'consent');
    expect(strapiMismatches('appeal', appealInput, { only: stored(appealForm), patterns: false, optionalInRecord: ['text'] })).toEqual([]);
    // The typed requests fill the appeal's record too (requestType meter-work, e-bill, tariff-variant, tariff-benefit, contract).
    const ownFields = ['meterWork', 'premisesAddress', 'meterZones', 'tariffVariant', 'benefit', 'contractAction'];
    for (const type of REQUEST_KINDS) {
      const { spec, schema } = REQUESTS[type];
      expect(strapiMismatches('appeal', schema, { only: stored(spec), patterns: false, optionalInRecord: ownFields }), type).toEqual([]);
    }
    expect(strapiMismatches('meter-reading', readingInput, { only: stored(readingForm), patterns: false })).toEqual([]);
  });

  it('catches a disagreement: a length, a required flag or an enum value that differs is named', () => {
    const office = CONTENT_TYPES.offices;
    const altered = z.object({ ...office.fields, name: z.string().min(1).max(199), email: z.email().max(254), kind: z.enum(['branch', 'oko', 'tu']) });
    expect(strapiMismatches('office', altered)).toEqual([
      expect.stringMatching(/^office\.name: maximum length — zod 199, Strapi 200$/),
      expect.stringMatching(/^office\.kind: enum values/),
      expect.stringMatching(/^office\.email: required — zod true, Strapi false$/),
    ]);
  });

  it('keeps shared values shared: numbers, phones, coordinates and flags are not localized', () => {
    const { attributes } = readStrapiSchema('office') as { attributes: Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }> };
    for (const field of ['latitude', 'longitude', 'phones', 'openingHours', 'slug', 'servesIndividuals']) {
      expect(attributes[field]!.pluginOptions?.i18n?.localized, field).toBe(false);
    }
    for (const field of ['name', 'address', 'municipality', 'accessibility']) {
      expect(attributes[field]!.pluginOptions?.i18n?.localized, field).toBe(true);
    }
  });
});
