import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_TYPES } from './index.ts';
import { readStrapiSchema } from '../../scripts/lib/strapi-schema.ts';
import { PUBLIC_CONTENT_TYPES } from '../../cms/src/shared/public-types.ts';

/** The zod schemas and Strapi's schema.json describe the same fields, or the seed and the site would disagree. */
describe('schemas match Strapi', () => {
  for (const [collection, type] of Object.entries(CONTENT_TYPES)) {
    it(`${collection}: same fields as cms/src/api/${type.apiName}`, () => {
      const strapi = readStrapiSchema(type.apiName) as { kind: string; info: { pluralName: string }; attributes: Record<string, { type: string }> };
      expect(Object.keys(type.fields).sort()).toEqual(Object.keys(strapi.attributes).sort());
      expect(strapi.kind).toBe(type.kind);
      expect(strapi.info.pluralName).toBe(type.pluralName);
    });

    it(`${collection}: populates every component and media field, and nothing else`, () => {
      const { attributes } = readStrapiSchema(type.apiName) as { attributes: Record<string, { type: string }> };
      const needsPopulate = Object.entries(attributes).filter(([, attribute]) => ['component', 'media', 'relation', 'dynamiczone'].includes(attribute.type)).map(([name]) => name);
      expect(Object.keys(type.populate).sort()).toEqual(needsPopulate.sort());
    });

    it(`${collection}: is public and read-only over REST`, () => {
      expect(PUBLIC_CONTENT_TYPES).toContain(type.uid);
      const routes = readFileSync(`cms/src/api/${type.apiName}/routes/${type.apiName}.ts`, 'utf8');
      expect(routes).toContain("only: ['find', 'findOne']");
    });
  }

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
