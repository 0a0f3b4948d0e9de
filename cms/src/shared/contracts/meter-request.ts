import * as z from 'zod/mini';
import { moscowDate } from '../calendar';
import { dateField, isDay } from './date-field';
import { optional, text } from './fields';
import type { FormSpec } from './form-spec';
import { consentField, contactRule, contactSection, ownerRules, ownerSection, premisesAddress, requestContract, requestFields } from './request-fields';
import { attachmentsField } from './attachments';

/**
 * A request for work on a meter — installation, replacement or verification (поверка): clauses 70 в and 71 в of
 * the standard («направление обращений на замену (установку, поверку) прибора учета»). Registered through the
 * intake as an appeal of its own type (./requests.ts), so it gets the same number sequence, access code, status
 * lookup, deadline and officers' rules. Its own: the work, a preferred window for the visit, how to reach the meter.
 */

export const METER_WORKS = ['install', 'replace', 'verify'] as const;

const fields = z.strictObject(
  {
    ...requestFields,
    /** Install, replace or verify the meter */
    meterWork: z.enum(METER_WORKS, { error: 'meter.error.meterWork.required' }),
    premisesAddress,
    /** Earliest day that suits the visit */
    preferredFrom: dateField('meter.error.preferredFrom.invalid'),
    /** Latest day that suits the visit */
    preferredTo: dateField('meter.error.preferredTo.invalid'),
    /** How to get to the meter: entrance code, dog, hours at home */
    accessNotes: optional(text({ required: 'meter.error.accessNotes.tooLong', tooLong: 'meter.error.accessNotes.tooLong', max: 500, multiline: true })),
  },
  { error: 'form.error.format' },
);

export const meterRequestInput = requestContract(fields, [
  ...ownerRules(),
  // The visit is arranged by phone.
  contactRule('phone'),
  // A window that has not passed, and ends after it starts. These run even while other fields are wrong, so they
  // read only dates the field itself accepted (YYYY-MM-DD strings): anything else is that field's own error.
  ['preferredFrom', 'meter.error.preferredFrom.past', (input) => !isDay(input.preferredFrom) || input.preferredFrom > moscowDate(), () => true],
  [
    'preferredTo',
    'meter.error.preferredTo.beforeFrom',
    (input) => !isDay(input.preferredFrom) || !isDay(input.preferredTo) || input.preferredTo >= input.preferredFrom,
    () => true,
  ],
]);

export type MeterRequestInput = z.output<typeof meterRequestInput>;

export const meterRequestForm: FormSpec = {
  id: 'meter',
  endpoint: '/api/intake/requests/meter-work',
  shares: ['appeal', 'request'],
  sections: [
    {
      name: 'work',
      fields: [
        { name: 'meterWork', kind: 'radios', options: METER_WORKS },
        { name: 'premisesAddress', kind: 'textarea', hint: true, autocomplete: 'street-address', from: 'request' },
      ],
    },
    ownerSection,
    contactSection,
    {
      name: 'visit',
      hint: true,
      fields: [
        { name: 'preferredFrom', kind: 'date', optional: true, hint: true, width: 'short' },
        { name: 'preferredTo', kind: 'date', optional: true, hint: true, width: 'short' },
        { name: 'accessNotes', kind: 'textarea', optional: true, hint: true },
        attachmentsField,
        consentField,
      ],
    },
  ],
};
