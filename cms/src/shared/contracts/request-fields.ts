import * as z from 'zod/mini';
import { APPLICANT_TYPES, applicantFields, contactFields, dropOtherNumber } from './appeal';
import { honeypot, locale, text, withoutFields } from './fields';
import type { FieldSpec, SectionSpec } from './form-spec';

/**
 * What every typed request (issue 12) asks besides its own fields: who asks (exactly as on an appeal), how to reach
 * them, the consent — and the rules that make it actionable: the owner's account or contract number (it finds the
 * meter or the bill), the contact the type needs. Their messages are the `request.` strings, shared by every type.
 */
export const requestFields = {
  locale,
  ...applicantFields,
  ...contactFields,
  /** Consent to personal-data processing (152-FZ) */
  consent: z.literal(true, { error: 'appeal.error.consent.required' }),
  website: honeypot,
};

/** The address of the premises a request is about: the meter's, the bill's. */
/** Address of the premises the request is about */
export const premisesAddress = text({ required: 'request.error.premisesAddress.required', tooLong: 'request.error.premisesAddress.tooLong', max: 300, multiline: true });

/** A check across fields: which field it reports, its message, when it holds, and when it applies at all. */
export type Rule<T> = [field: keyof T & string, key: string, holds: (input: T) => boolean, applies: (input: Record<string, unknown>) => boolean];

/** The owner's number of the applicant's kind: an account for a citizen, a contract for an organisation. */
export const ownerRules = <T extends { applicantType: string; accountNumber?: string | undefined; contractNumber?: string | undefined }>(): Rule<T>[] => [
  [
    'accountNumber',
    'request.error.accountNumber.required',
    (input) => input.applicantType !== 'individual' || Boolean(input.accountNumber),
    (input) => input.applicantType === 'individual',
  ],
  [
    'contractNumber',
    'request.error.contractNumber.required',
    (input) => input.applicantType !== 'legal-entity' || Boolean(input.contractNumber),
    (input) => input.applicantType === 'legal-entity',
  ],
];

/** The contact a type cannot do without: a phone to arrange a visit, an e-mail to send a bill to. */
export const contactRule = <T extends { phone?: string | undefined; email?: string | undefined }>(field: 'phone' | 'email'): Rule<T> => [
  field,
  `request.error.${field}.required`,
  (input) => Boolean(input[field]),
  () => true,
];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * A request's contract: its fields (an account number for citizens, a contract number for organisations: the other
 * is dropped, as on the appeal), then its rules — each checked even while other fields are wrong, so every error
 * shows at once (GOV.UK).
 */
export function requestContract<S extends z.ZodMiniObject>(
  fields: S,
  rules: Rule<z.output<S>>[],
  /** Fields of the type's other cases, dropped like the other number (the form posts hidden fields too). */
  dropHidden?: (input: Record<string, unknown>) => string[],
): z.ZodMiniType<z.output<S>> {
  const drop = dropHidden ? (value: unknown) => withoutFields(dropOtherNumber(value), dropHidden) : dropOtherNumber;
  return rules.reduce<z.ZodMiniType<z.output<S>>>(
    (schema, [field, key, holds, applies]) =>
      schema.check(z.refine((input: z.output<S>) => holds(input), { path: [field], error: key, when: ({ value }) => isObject(value) && applies(value) })),
    z.pipe(z.transform(drop), fields) as unknown as z.ZodMiniType<z.output<S>>,
  );
}

/** Who asks, laid out alike on every request form, with the appeal's words. */
export const ownerSection = {
  name: 'applicant',
  from: 'request',
  fields: [
    { name: 'applicantType', kind: 'radios', options: APPLICANT_TYPES, initial: 'individual', from: 'appeal' },
    { name: 'name', kind: 'text', hint: true, autocomplete: 'name', from: 'appeal' },
    { name: 'accountNumber', kind: 'text', width: 'medium', when: { field: 'applicantType', in: ['individual'] }, from: 'appeal' },
    { name: 'contractNumber', kind: 'text', width: 'medium', when: { field: 'applicantType', in: ['legal-entity'] }, from: 'appeal' },
  ],
} as const satisfies SectionSpec;

/** How to reach the applicant when the answer comes by phone: the phone, and an e-mail for the confirmation. */
export const contactSection = {
  name: 'contact',
  from: 'request',
  hint: true,
  fields: [
    { name: 'phone', kind: 'tel', autocomplete: 'tel', width: 'medium', from: 'appeal' },
    { name: 'email', kind: 'email', optional: true, autocomplete: 'email', from: 'appeal' },
  ],
} as const satisfies SectionSpec;

/** The consent to personal-data processing, with the policy it refers to: the last field of every request form. */
export const consentField = {
  name: 'consent',
  kind: 'checkbox',
  from: 'appeal',
  link: { key: 'appeal.field.consent.policy', path: '/{locale}/info/personal-data/' },
} as const satisfies FieldSpec;
