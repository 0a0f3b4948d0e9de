import type * as z from 'zod/mini';
import type { APPEAL_TOPICS, REPLY_CHANNELS } from './appeal';
import type { RequestType } from './appeal-status';
import { ebillRequestForm, ebillRequestInput } from './ebill-request';
import type { FormSpec } from './form-spec';
import { meterRequestForm, meterRequestInput } from './meter-request';
import { tariffVariantForm, tariffVariantInput } from './tariff-variant-request';

/**
 * The typed requests of the other services (issue 12), each registered through the intake as an appeal of its own
 * type: one entry per type — its form, its contract, and what its record says of itself that
 * the visitor is not asked (the topic officers filter by, the channel the answer goes by). The CMS's routes, the
 * guard, the pages for visitors without JavaScript and the site's pages (/<locale>/services/<type>/, links.ts) are
 * all made from this one list.
 */
export interface RequestKind {
  spec: FormSpec;
  schema: z.core.$ZodType;
  topic: (typeof APPEAL_TOPICS)[number];
  replyChannel: (typeof REPLY_CHANNELS)[number];
}

export type RequestKindType = Exclude<RequestType, 'appeal'>;

export const REQUESTS: Record<RequestKindType, RequestKind> = {
  // The visit is arranged by phone.
  'meter-work': { spec: meterRequestForm, schema: meterRequestInput, topic: 'metering', replyChannel: 'phone' },
  // The consent is confirmed where the bills will go.
  'e-bill': { spec: ebillRequestForm, schema: ebillRequestInput, topic: 'billing', replyChannel: 'email' },
  'tariff-variant': { spec: tariffVariantForm, schema: tariffVariantInput, topic: 'billing', replyChannel: 'phone' },
};

export const REQUEST_KINDS = Object.keys(REQUESTS) as RequestKindType[];

/** The type whose form has this id (the i18n prefix), if any. */
export const requestTypeOf = (formId: string): RequestKindType | undefined => REQUEST_KINDS.find((type) => REQUESTS[type].spec.id === formId);
