import { z } from 'zod';
import { defineContentType } from './define.ts';
import { disclosures, isExample, markdown, slug, source } from './common.ts';

/** A page of mandatory information, tagged with the requirement IDs it satisfies. */
export const disclosurePage = defineContentType({
  apiName: 'disclosure-page',
  pluralName: 'disclosure-pages',
  kind: 'collectionType',
  bodyField: 'body',
  fields: {
    slug,
    title: z.string().min(1).max(200),
    summary: z.string().min(1).max(500),
    body: markdown,
    order: z.number().int(),
    disclosures,
    source,
    isExample,
  },
  populate: { disclosures: true },
});
