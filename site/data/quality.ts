import { z } from 'zod';
import type { QualityIndicators } from '../../cms/src/shared/quality.ts';
import { getJson, StrapiLoadError } from '../lib/strapi-loader.ts';
import { strapiConnection } from '../lib/strapi-connection.ts';

/**
 * The service-quality indicators for «Показатели качества обслуживания», read once per build from the CMS
 * (GET /api/quality-indicators: aggregates only, computed from the records) and checked against their shape — a
 * build never shows figures it cannot read. The site is rebuilt on every publish and at least daily (the publisher).
 */
const cell = z.union([z.strictObject({ value: z.number(), records: z.number().int().min(0) }), z.strictObject({ suppressed: z.literal(true) })]);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const schema = z.strictObject({
  data: z.strictObject({
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    months: z.array(month),
    minRecords: z.number().int().min(1),
    timeliness: z.array(z.strictObject({ month, onTimeShare: cell, extended: cell })),
    daysToAnswer: z.array(z.strictObject({ month, days: cell })),
    satisfaction: z.strictObject({ average: cell }),
    informativeness: z.strictObject({ helpfulShare: cell }),
    usage: z.array(z.strictObject({ month, readings: cell, appeals: cell, requests: cell })),
  }),
});

let loaded: Promise<QualityIndicators> | undefined;

export function qualityIndicators(): Promise<QualityIndicators> {
  loaded ??= getJson(strapiConnection(), '/api/quality-indicators').then((body) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new StrapiLoadError(`The CMS's /api/quality-indicators does not match the site's schema: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data.data;
  });
  return loaded;
}
