import type * as z from 'zod/mini';
import type { APPEAL_TOPICS, APPLICANT_TYPES, REPLY_CHANNELS } from './appeal';
import type { RequestType } from './appeal-status';
import { ATTACHMENTS } from './attachments';
import { benefitDocuments, benefitRequestForm, benefitRequestInput } from './benefit-request';
import { contractDocuments, contractRequestForm, contractRequestInput } from './contract-request';
import { ebillRequestForm, ebillRequestInput } from './ebill-request';
import type { FieldError } from './errors';
import type { FormSpec } from './form-spec';
import { meterRequestForm, meterRequestInput } from './meter-request';
import { tariffVariantForm, tariffVariantInput } from './tariff-variant-request';

/**
 * The typed requests of the other services (issue 12), each registered through the intake as an appeal of its own
 * type: one entry per type — its form, its contract, what its record says of itself that the visitor is not asked
 * (the topic officers filter by, the channel the answer goes by, values fixed for the type), and the documents it
 * needs. The CMS's routes, the guard, the pages for visitors without JavaScript and the site's pages
 * (/<locale>/services/<type>/, links.ts) are all made from this one list.
 */
export interface RequestKind {
  spec: FormSpec;
  schema: z.core.$ZodType;
  topic: (typeof APPEAL_TOPICS)[number];
  replyChannel: (typeof REPLY_CHANNELS)[number];
  /** Values of the record the form does not ask, because they are the same for every request of the type. */
  fixed?: { applicantType?: (typeof APPLICANT_TYPES)[number] };
  /** How many documents the request needs, and the message when fewer are sent; null: none needed (so far). */
  documents?: (input: Record<string, unknown>) => { min: number; key: string } | null;
}

export type RequestKindType = Exclude<RequestType, 'appeal'>;

export const REQUESTS: Record<RequestKindType, RequestKind> = {
  // The visit is arranged by phone.
  'meter-work': { spec: meterRequestForm, schema: meterRequestInput, topic: 'metering', replyChannel: 'phone' },
  // The consent is confirmed where the bills will go.
  'e-bill': { spec: ebillRequestForm, schema: ebillRequestInput, topic: 'billing', replyChannel: 'email' },
  'tariff-variant': { spec: tariffVariantForm, schema: tariffVariantInput, topic: 'billing', replyChannel: 'phone' },
  // Households only, so the record is an individual's; how many documents depends on the case.
  'tariff-benefit': {
    spec: benefitRequestForm,
    schema: benefitRequestInput,
    topic: 'billing',
    replyChannel: 'phone',
    fixed: { applicantType: 'individual' },
    documents: benefitDocuments,
  },
  // Citizens and organisations alike; the documents depend on which (contract-request.ts).
  contract: {
    spec: contractRequestForm,
    schema: contractRequestInput,
    topic: 'contract',
    replyChannel: 'phone',
    documents: contractDocuments,
  },
};

export const REQUEST_KINDS = Object.keys(REQUESTS) as RequestKindType[];

/** The type whose form has this id (the i18n prefix), if any. */
export const requestTypeOf = (formId: string): RequestKindType | undefined => REQUEST_KINDS.find((type) => REQUESTS[type].spec.id === formId);

/**
 * Too few documents for what the request asks, or null. Checked twice, like the files themselves: by the island
 * before uploading (so no one waits for a refusal) and by the CMS after the upload (the files it kept).
 */
export function documentsProblem(kind: RequestKind, input: Record<string, unknown>, fileCount: number): FieldError | null {
  const needed = kind.documents?.(input);
  return needed && fileCount < needed.min ? { field: ATTACHMENTS, key: needed.key } : null;
}
