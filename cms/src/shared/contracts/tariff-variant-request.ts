import * as z from 'zod/mini';
import { METER_ZONES } from './meters';
import type { FormSpec } from './form-spec';
import { consentField, contactRule, contactSection, ownerRules, ownerSection, premisesAddress, requestContract, requestFields } from './request-fields';
import { attachmentsField } from './attachments';

/**
 * A change of the tariff variant — single-rate, two-zone (day/night) or three-zone (clause 81: «порядок смены
 * потребителями варианта тарифа»). Zone prices need a meter that counts the zones: the only condition a source
 * names (ГК РТ по тарифам: «наличие многотарифного … прибора учета», docs/research/service-requests.md §3). A
 * single-rate meter is refused here, with the way on: a request to replace it.
 */
const fields = z.strictObject(
  {
    ...requestFields,
    premisesAddress,
    /** The meter installed now */
    meterZones: z.enum(METER_ZONES, { error: 'tariffvariant.error.meterZones.required' }),
    /** The tariff variant asked for */
    tariffVariant: z.enum(METER_ZONES, { error: 'tariffvariant.error.tariffVariant.required' }),
  },
  { error: 'form.error.format' },
);

/** How many zones a meter counts, and so the variants it can serve: a three-zone meter serves two zones as well. */
const ZONES = { single: 1, 'day-night': 2, 'three-zone': 3 } as const;
const isMeter = (value: unknown): value is keyof typeof ZONES => typeof value === 'string' && (METER_ZONES as readonly string[]).includes(value);

export const tariffVariantInput = requestContract(fields, [
  ...ownerRules(),
  contactRule('phone'),
  // Only between two valid choices (an invalid one is its own field's error; this rule runs even then).
  [
    'tariffVariant',
    'tariffvariant.error.tariffVariant.needsMeter',
    (input) => !isMeter(input.tariffVariant) || !isMeter(input.meterZones) || ZONES[input.tariffVariant] <= ZONES[input.meterZones],
    () => true,
  ],
]);

export type TariffVariantInput = z.output<typeof tariffVariantInput>;

export const tariffVariantForm: FormSpec = {
  id: 'tariffvariant',
  endpoint: '/api/intake/requests/tariff-variant',
  shares: ['appeal', 'request', 'readings'],
  sections: [
    {
      name: 'variant',
      fields: [
        { name: 'meterZones', kind: 'radios', options: METER_ZONES, initial: 'single', from: 'readings' },
        { name: 'tariffVariant', kind: 'radios', options: METER_ZONES, hint: true },
        { name: 'premisesAddress', kind: 'textarea', hint: true, autocomplete: 'street-address', from: 'request' },
        attachmentsField,
      ],
    },
    ownerSection,
    { ...contactSection, fields: [...contactSection.fields, consentField] },
  ],
};
