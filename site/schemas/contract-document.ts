import { z } from 'zod';
import { defineContentType } from './define.ts';
import { audience, disclosures, isExample, markdown, mediaFile, seedFilePath, slug, source } from './common.ts';

/** A contract form: a downloadable file in the media library and its text as an HTML page (D10). */
export const contractDocument = defineContentType({
  apiName: 'contract-document',
  pluralName: 'contract-documents',
  kind: 'collectionType',
  bodyField: 'body',
  fields: {
    slug,
    title: z.string().min(1).max(255),
    summary: z.string().min(1).max(500),
    audience,
    file: mediaFile.nullish().describe('The form as a file in the page language'),
    body: markdown.describe('The text of the form, readable as a web page'),
    order: z.number().int(),
    disclosures,
    source,
    isExample,
  },
  seedOverrides: { file: seedFilePath.optional() },
  populate: { file: true, disclosures: true },
});
