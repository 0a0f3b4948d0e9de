import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileHours } from './opening-hours.ts';
import { jsonForScript, officeJsonLd } from './office-jsonld.ts';

/** The part of schema.org we use, as search engines read it. */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const day = z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((name) => `https://schema.org/${name}`) as [string, ...string[]]);
const specification = z.strictObject({
  '@type': z.literal('OpeningHoursSpecification'),
  dayOfWeek: z.array(day).min(1).optional(),
  opens: time,
  closes: time,
  validFrom: z.iso.date().optional(),
  validThrough: z.iso.date().optional(),
});
const localBusiness = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('LocalBusiness'),
  name: z.string().min(1),
  url: z.url(),
  parentOrganization: z.strictObject({ '@type': z.literal('Organization'), name: z.string().min(1) }),
  address: z.strictObject({
    '@type': z.literal('PostalAddress'),
    streetAddress: z.string(),
    addressLocality: z.string(),
    addressRegion: z.string(),
    addressCountry: z.literal('RU'),
  }),
  geo: z.strictObject({ '@type': z.literal('GeoCoordinates'), latitude: z.number(), longitude: z.number() }),
  telephone: z.array(z.string().regex(/^\+7/)),
  email: z.email().optional(),
  openingHoursSpecification: z.array(specification).min(1),
});

const office = {
  name: 'Офис </script><script>alert(1)</script>',
  url: 'https://example.test/ru/offices/kazan-central/',
  address: 'г. Казань, ул. Примерная, д. 1',
  municipality: 'Казань',
  latitude: 55.7961,
  longitude: 49.1064,
  phones: ['+7 (800) 200-25-26'],
  hours: compileHours('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; Sa 09:00-14:00; PH off', '2026-11-27'),
  organization: 'АО «Татэнергосбыт»',
};

describe('officeJsonLd', () => {
  const data = officeJsonLd(office, '2026-11-27');

  it('follows the schema.org shape search engines read', () => {
    expect(() => localBusiness.parse(data)).not.toThrow();
  });

  it('joins the days that share an interval, and splits the day at lunch', () => {
    const specs = localBusiness.parse(data).openingHoursSpecification;
    expect(specs.filter((spec) => spec.dayOfWeek)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((name) => `https://schema.org/${name}`),
        opens: '08:00',
        closes: '12:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((name) => `https://schema.org/${name}`),
        opens: '13:00',
        closes: '17:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '09:00', closes: '14:00' },
    ]);
  });

  it('marks the coming holidays closed, Tatarstan’s own included', () => {
    const closed = localBusiness
      .parse(data)
      .openingHoursSpecification.filter((spec) => spec.validFrom)
      .map((spec) => `${spec.validFrom} ${spec.opens}-${spec.closes}`);
    expect(closed).toContain('2026-12-31 00:00-00:00');
    expect(closed).toContain('2027-01-02 00:00-00:00'); // a Saturday the office would otherwise open
    expect(closed).toContain('2027-08-30 00:00-00:00');
    expect(closed).not.toContain('2026-11-06 00:00-00:00'); // already past on 27 November
  });

  it('is safe inside a script element', () => {
    const json = jsonForScript(data);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual(data);
  });
});
