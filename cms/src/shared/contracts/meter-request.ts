import { z } from 'zod';
import { moscowDate } from '../calendar';
import { APPLICANT_TYPES, applicantFields, contactFields, dropOtherNumber } from './appeal';
import { honeypot, locale, optional, text } from './fields';
import type { FormSpec } from './form-spec';

/**
 * A request for work on a meter — installation, replacement or verification (поверка): clauses 70 в and 71 в of
 * the standard («направление обращений на замену (установку, поверку) прибора учета»). The first of the typed
 * requests of issue 12: registered through the intake as an appeal of its own type, so it gets the same number
 * sequence, access code, status lookup, deadline and officers' rules. Who asks is asked exactly as on an appeal
 * (the shared fields and their strings); the meter's address and a preferred window for the visit are its own.
 */

export const METER_WORKS = ['install', 'replace', 'verify'] as const;

/** A calendar date as a date input sends it (YYYY-MM-DD), or as a person types it where there is none (ДД.ММ.ГГГГ). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function isoDate(value: string): string | null {
  const iso = ISO_DATE.exec(value);
  const typed = TYPED_DATE.exec(value);
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : typed ? [typed[3]!, typed[2]!.padStart(2, '0'), typed[1]!.padStart(2, '0')] : [];
  if (!year) return null;
  const date = `${year}-${month}-${day}`;
  // A real day of the calendar: 2026-02-30 is not one.
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : null;
}

const dateField = (invalid: string) =>
  optional(
    z
      .string({ error: invalid })
      .overwrite((value) => value.trim())
      .refine((value) => isoDate(value) !== null, { error: invalid })
      .transform((value) => isoDate(value)!),
  );

const fields = z.strictObject(
  {
    locale,
    meterWork: z.enum(METER_WORKS, { error: 'meter.error.meterWork.required' }).describe('Install, replace or verify the meter'),
    premisesAddress: text({ required: 'meter.error.premisesAddress.required', tooLong: 'meter.error.premisesAddress.tooLong', max: 300 }).describe(
      'Address of the premises where the meter is or is to be',
    ),
    ...applicantFields,
    ...contactFields,
    preferredFrom: dateField('meter.error.preferredFrom.invalid').describe('Earliest day that suits the visit'),
    preferredTo: dateField('meter.error.preferredTo.invalid').describe('Latest day that suits the visit'),
    accessNotes: optional(text({ required: 'meter.error.accessNotes.tooLong', tooLong: 'meter.error.accessNotes.tooLong', max: 500, multiline: true })).describe(
      'How to get to the meter: entrance code, dog, hours at home',
    ),
    consent: z.literal(true, { error: 'appeal.error.consent.required' }).describe('Consent to personal-data processing (152-FZ)'),
    website: honeypot,
  },
  { error: 'form.error.format' },
);

type Fields = z.output<typeof fields>;
type Rule = [field: keyof Fields, key: string, holds: (input: Fields) => boolean, applies: (input: Record<string, unknown>) => boolean];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const RULES: Rule[] = [
  // The account or the contract identifies the meter's owner: without it nobody can be sent.
  [
    'accountNumber',
    'meter.error.accountNumber.required',
    (input) => input.applicantType !== 'individual' || Boolean(input.accountNumber),
    (input) => input.applicantType === 'individual',
  ],
  [
    'contractNumber',
    'meter.error.contractNumber.required',
    (input) => input.applicantType !== 'legal-entity' || Boolean(input.contractNumber),
    (input) => input.applicantType === 'legal-entity',
  ],
  // The visit is arranged by phone.
  ['phone', 'meter.error.phone.required', (input) => Boolean(input.phone), () => true],
  // A window that has not passed, and ends after it starts.
  ['preferredFrom', 'meter.error.preferredFrom.past', (input) => !input.preferredFrom || input.preferredFrom > moscowDate(), () => true],
  ['preferredTo', 'meter.error.preferredTo.beforeFrom', (input) => !input.preferredFrom || !input.preferredTo || input.preferredTo >= input.preferredFrom, () => true],
];

export const meterRequestInput = RULES.reduce<z.ZodType<Fields>>(
  (schema, [field, key, holds, applies]) =>
    schema.refine(holds, {
      path: [field],
      error: key,
      // Checked even while other fields are wrong, so every error shows at once (GOV.UK).
      when: ({ value }) => isObject(value) && applies(value),
    }),
  z.preprocess(dropOtherNumber, fields),
);

export type MeterRequestInput = z.output<typeof meterRequestInput>;

export const meterRequestForm: FormSpec = {
  id: 'meter',
  endpoint: '/api/intake/requests/meter',
  shares: ['appeal'],
  sections: [
    {
      name: 'work',
      fields: [
        { name: 'meterWork', kind: 'radios', options: METER_WORKS },
        { name: 'premisesAddress', kind: 'text', hint: true, autocomplete: 'street-address' },
      ],
    },
    {
      name: 'applicant',
      fields: [
        { name: 'applicantType', kind: 'radios', options: APPLICANT_TYPES, initial: 'individual', from: 'appeal' },
        { name: 'name', kind: 'text', hint: true, autocomplete: 'name', from: 'appeal' },
        { name: 'accountNumber', kind: 'text', width: 'medium', when: { field: 'applicantType', in: ['individual'] }, from: 'appeal' },
        { name: 'contractNumber', kind: 'text', width: 'medium', when: { field: 'applicantType', in: ['legal-entity'] }, from: 'appeal' },
      ],
    },
    {
      name: 'contact',
      hint: true,
      fields: [
        { name: 'phone', kind: 'tel', autocomplete: 'tel', width: 'medium', from: 'appeal' },
        { name: 'email', kind: 'email', optional: true, autocomplete: 'email', from: 'appeal' },
      ],
    },
    {
      name: 'visit',
      hint: true,
      fields: [
        { name: 'preferredFrom', kind: 'date', optional: true, hint: true, width: 'short' },
        { name: 'preferredTo', kind: 'date', optional: true, hint: true, width: 'short' },
        { name: 'accessNotes', kind: 'textarea', optional: true, hint: true },
        { name: 'consent', kind: 'checkbox', from: 'appeal', link: { key: 'appeal.field.consent.policy', path: '/{locale}/info/personal-data/' } },
      ],
    },
  ],
};
