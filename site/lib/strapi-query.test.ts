import { describe, expect, it } from 'vitest';
import { toStrapiQuery } from './strapi-query.ts';

describe('toStrapiQuery', () => {
  it('encodes nested populate trees, arrays and pagination in Strapi brackets style', () => {
    expect(
      toStrapiQuery({
        locale: 'tt',
        populate: { sections: { populate: { clauses: true } }, revisions: true },
        sort: ['id:asc'],
        pagination: { page: 2, pageSize: 100 },
      }),
    ).toBe('locale=tt&populate[sections][populate][clauses]=true&populate[revisions]=true&sort[0]=id%3Aasc&pagination[page]=2&pagination[pageSize]=100');
  });

  it('escapes values', () => {
    expect(toStrapiQuery({ filters: { slug: { $eq: 'a&b=c' } } })).toBe('filters[slug][%24eq]=a%26b%3Dc');
  });
});
