import * as z from 'zod/mini';
import { ACCOUNT_PATTERN, EMAIL_PATTERN, honeypot, locale, NAME_PATTERN, optional, PHONE_PATTERN, text, withoutFields } from './fields';
import type { FormSpec } from './form-spec';
import { attachmentsField } from './attachments';

/**
 * The appeal form (обращение, претензия, жалоба): clauses 73–79 of the standard. Who writes, how to reply, the
 * account or contract number that makes the correspondence official (clause 79), the topic, the text and the
 * consent to personal-data processing (152-FZ).
 */

export const APPLICANT_TYPES = ['individual', 'legal-entity'] as const;
/** Clause 73: the reply goes by the channel the appeal came in (here: e-mail) unless the visitor chooses another. */
export const REPLY_CHANNELS = ['email', 'phone', 'post'] as const;
/** Clause 17 д–е: supply interruptions and metering must be accepted; the rest mirror the FAQ's topics. */
export const APPEAL_TOPICS = ['supply', 'metering', 'contract', 'billing', 'service', 'other'] as const;

export const APPEAL_TEXT_MAX = 5000;

/**
 * Who writes and how to reach them: asked the same way by the appeal and by the requests of the other services
 * (./meter-request.ts), which share these fields, their messages and their labels.
 */
export const applicantFields = {
  /** Citizen, or organisation / sole trader */
  applicantType: z.enum(APPLICANT_TYPES, { error: 'appeal.error.applicantType.required' }),
  /** Full name of the person, or the name of the organisation */
  name: text({ required: 'appeal.error.name.required', tooLong: 'appeal.error.name.tooLong', invalid: 'appeal.error.name.invalid', max: 200, pattern: NAME_PATTERN }),
  /** Personal account number (individuals) */
  accountNumber: optional(text({ required: 'appeal.error.accountNumber.invalid', max: 20, pattern: ACCOUNT_PATTERN })),
  /** Contract number (legal entities) */
  contractNumber: optional(text({ required: 'appeal.error.contractNumber.invalid', max: 40, pattern: /^(?=.*\d)[\p{L}\d][\p{L}\d\s./№-]*$/u })),
};

export const contactFields = {
  /** E-mail: the confirmation goes here, and the answer if the channel is e-mail */
  email: optional(text({ required: 'appeal.error.email.invalid', max: 254, pattern: EMAIL_PATTERN })),
  /** Phone number */
  phone: optional(text({ required: 'appeal.error.phone.invalid', max: 25, pattern: PHONE_PATTERN })),
};

const fields = z.strictObject(
  {
    locale,
    ...applicantFields,
    /** How the answer is sent */
    replyChannel: z.enum(REPLY_CHANNELS, { error: 'appeal.error.replyChannel.required' }),
    ...contactFields,
    /** Postal address for a reply by post */
    postalAddress: optional(text({ required: 'appeal.error.postalAddress.required', tooLong: 'appeal.error.postalAddress.tooLong', max: 500, multiline: true })),
    /** What the appeal is about */
    topic: z.enum(APPEAL_TOPICS, { error: 'appeal.error.topic.required' }),
    text: text({
      required: 'appeal.error.text.required',
      tooShort: 'appeal.error.text.tooShort',
      tooLong: 'appeal.error.text.tooLong',
      min: 10,
      max: APPEAL_TEXT_MAX,
      multiline: true,
      /** The appeal itself */
    }),
    /** Consent to personal-data processing (152-FZ) */
    consent: z.literal(true, { error: 'appeal.error.consent.required' }),
    website: honeypot,
  },
  { error: 'form.error.format' },
);

/** Which contact each reply channel needs, and the key shown when it is missing. */
const CHANNEL_CONTACT = [
  ['email', 'email', 'appeal.error.email.required'],
  ['phone', 'phone', 'appeal.error.phone.required'],
  ['post', 'postalAddress', 'appeal.error.postalAddress.required'],
] as const;

type Fields = z.output<typeof fields>;

// The account number belongs to citizens, the contract number to organisations; the form shows one of them
// (without JavaScript both are in the page, one hidden by CSS), so the other is dropped, never stored.
export const dropOtherNumber = (value: unknown) =>
  withoutFields(value, (input) => (input.applicantType === 'individual' ? ['contractNumber'] : input.applicantType === 'legal-entity' ? ['accountNumber'] : []));

export const appealInput = CHANNEL_CONTACT.reduce<z.ZodMiniType<Fields>>(
  (schema, [channel, field, key]) =>
    schema.check(
      z.refine((appeal: Fields) => appeal.replyChannel !== channel || Boolean(appeal[field]), {
        path: [field],
        error: key,
        // Checked even while other fields are wrong, so every error shows at once (GOV.UK).
        when: ({ value }) => typeof value === 'object' && value !== null && (value as { replyChannel?: unknown }).replyChannel === channel,
      }),
    ),
  z.pipe(z.transform(dropOtherNumber), fields),
);

export type AppealInput = z.output<typeof appealInput>;

/** The form as a form in a browser sends it: every value a string, a ticked checkbox "on". */
export function appealFromForm(form: Record<string, unknown>): unknown {
  return { ...form, consent: form.consent === 'on' ? true : form.consent === undefined ? false : form.consent };
}

export const appealForm: FormSpec = {
  id: 'appeal',
  endpoint: '/api/intake/appeals',
  sections: [
    {
      name: 'applicant',
      fields: [
        { name: 'applicantType', kind: 'radios', options: APPLICANT_TYPES, initial: 'individual' },
        { name: 'name', kind: 'text', hint: true, autocomplete: 'name' },
        { name: 'accountNumber', kind: 'text', hint: true, optional: true, width: 'medium', when: { field: 'applicantType', in: ['individual'] } },
        { name: 'contractNumber', kind: 'text', hint: true, optional: true, width: 'medium', when: { field: 'applicantType', in: ['legal-entity'] } },
      ],
    },
    {
      name: 'reply',
      hint: true,
      fields: [
        { name: 'replyChannel', kind: 'radios', options: REPLY_CHANNELS, initial: 'email' },
        { name: 'email', kind: 'email', hint: true, autocomplete: 'email' },
        { name: 'phone', kind: 'tel', hint: true, autocomplete: 'tel', width: 'medium' },
        { name: 'postalAddress', kind: 'textarea', hint: true, autocomplete: 'street-address' },
      ],
    },
    {
      name: 'appeal',
      fields: [
        { name: 'topic', kind: 'radios', options: APPEAL_TOPICS },
        { name: 'text', kind: 'textarea', hint: true },
        attachmentsField,
        { name: 'consent', kind: 'checkbox', link: { key: 'appeal.field.consent.policy', path: '/{locale}/info/personal-data/' } },
      ],
    },
  ],
};
