import * as z from 'zod/mini';
import { ACCOUNT_PATTERN, honeypot, locale, optional, text, withoutFields } from './fields';
import type { FormSpec } from './form-spec';

/**
 * The meter readings form (clause 17 б: readings accepted remotely, over the Internet; clause 70 г). No login:
 * the account number identifies the meter's account. One reading per zone of the meter.
 */

import { METER_ZONES, type MeterZones } from './meters';

export { METER_ZONES, type MeterZones };

/** The reading fields of each kind of meter, in the order a bill lists them: T1, T2, T3. */
export const ZONE_FIELDS = {
  single: ['reading'],
  'day-night': ['readingDay', 'readingNight'],
  'three-zone': ['readingPeak', 'readingNight', 'readingSemiPeak'],
} as const satisfies Record<MeterZones, readonly string[]>;

export const READING_FIELDS = ['reading', 'readingDay', 'readingPeak', 'readingNight', 'readingSemiPeak'] as const;
export type ReadingField = (typeof READING_FIELDS)[number];

/** A register value as the meter shows it: up to 8 whole digits, optionally a decimal part; stored with a point. */
const readingValue = (field: ReadingField) =>
  optional(
    z.pipe(
      text({ required: `readings.error.${field}.invalid`, max: 12, pattern: /^\d{1,8}(?:[.,]\d{1,3})?$/ }),
      z.transform((value: string) => value.replace(',', '.')),
    ),
    /** Reading of ${field} */
  );

const fields = z.strictObject(
  {
    locale,
    /** Personal account number, as on the bill */
    accountNumber: text({ required: 'readings.error.accountNumber.required', invalid: 'readings.error.accountNumber.invalid', max: 20, pattern: ACCOUNT_PATTERN }),
    /** Single-rate, day/night or three-zone meter */
    meterZones: z.enum(METER_ZONES, { error: 'readings.error.meterZones.required' }),
    reading: readingValue('reading'),
    readingDay: readingValue('readingDay'),
    readingNight: readingValue('readingNight'),
    readingPeak: readingValue('readingPeak'),
    readingSemiPeak: readingValue('readingSemiPeak'),
    website: honeypot,
  },
  { error: 'form.error.format' },
);

type Fields = z.output<typeof fields>;

/** The reading fields of the meter type a (not yet checked) body names; undefined for anything that is not one. */
const zonesOf = (meterZones: unknown): readonly string[] | undefined =>
  typeof meterZones === 'string' && Object.prototype.hasOwnProperty.call(ZONE_FIELDS, meterZones) ? ZONE_FIELDS[meterZones as MeterZones] : undefined;

// Readings of zones the chosen meter does not have are dropped: without JavaScript every zone's box is in the
// page (the others hidden by CSS), and a value typed before switching the meter type must not be stored.
const dropOtherZones = (value: unknown) =>
  withoutFields(value, (input) => {
    const zones = zonesOf(input.meterZones);
    return zones ? READING_FIELDS.filter((field) => !zones.includes(field)) : [];
  });

/** Every zone of the chosen meter needs its reading; checked even while other fields are wrong. */
export const readingInput = READING_FIELDS.reduce<z.ZodMiniType<Fields>>(
  (schema, field) =>
    schema.check(
      z.refine((input: Fields) => !zonesOf(input.meterZones)?.includes(field) || input[field] !== undefined, {
        path: [field],
        error: `readings.error.${field}.required`,
        when: ({ value }) => Boolean(zonesOf((value as { meterZones?: unknown } | null)?.meterZones)?.includes(field)),
      }),
    ),
  z.pipe(z.transform(dropOtherZones), fields),
);

export type ReadingInput = z.output<typeof readingInput>;

export const readingForm: FormSpec = {
  id: 'readings',
  endpoint: '/api/intake/readings',
  sections: [
    {
      name: 'account',
      fields: [
        { name: 'accountNumber', kind: 'text', hint: true, width: 'medium' },
        { name: 'meterZones', kind: 'radios', options: METER_ZONES, initial: 'single' },
      ],
    },
    {
      name: 'values',
      hint: true,
      fields: [
        { name: 'reading', kind: 'decimal', width: 'short', when: { field: 'meterZones', in: ['single'] } },
        { name: 'readingDay', kind: 'decimal', width: 'short', when: { field: 'meterZones', in: ['day-night'] } },
        { name: 'readingPeak', kind: 'decimal', width: 'short', when: { field: 'meterZones', in: ['three-zone'] } },
        { name: 'readingNight', kind: 'decimal', width: 'short', when: { field: 'meterZones', in: ['day-night', 'three-zone'] } },
        { name: 'readingSemiPeak', kind: 'decimal', width: 'short', when: { field: 'meterZones', in: ['three-zone'] } },
      ],
    },
  ],
};
