import * as z from 'zod/mini';
import type { FormSpec } from './form-spec';
import { consentField, contactRule, contactSection, premisesAddress, requestContract, requestFields, type Rule } from './request-fields';
import { attachmentsField } from './attachments';

/**
 * A tariff benefit for a household (docs/research/service-requests.md §4): a house without gas, heated by an
 * electric heating installation (ПП РФ № 183: the heating-season ranges, the first up to 7 020 kWh a month), or a
 * large family (the first range's price whatever the volume; Tatenergosbyt via Tatar-inform). Each is granted on
 * documents, so the form takes them and counts them (`benefitDocuments`). For citizens only: no applicant's kind,
 * no contract number (requests.ts registers it as an individual's).
 */
export const BENEFITS = ['electric-heating', 'large-family'] as const;
export type Benefit = (typeof BENEFITS)[number];

const { applicantType: _type, contractNumber: _contract, ...citizenFields } = requestFields;

const fields = z.strictObject(
  {
    ...citizenFields,
    /** Which benefit is asked for */
    benefit: z.enum(BENEFITS, { error: 'benefit.error.benefit.required' }),
    premisesAddress,
  },
  { error: 'form.error.format' },
);

type Fields = z.output<typeof fields>;

/** The account the benefit is applied to: always asked, as there is no organisation's contract to ask instead. */
const accountRule: Rule<Fields> = ['accountNumber', 'request.error.accountNumber.required', (input) => Boolean(input.accountNumber), () => true];

export const benefitRequestInput = requestContract(fields, [accountRule, contactRule('phone')]);

export type BenefitRequestInput = z.output<typeof benefitRequestInput>;

/**
 * The documents of each case, as the sources name them: for electric heating, the right to the house (ПП 183 via
 * kprim.ru) and a proof of no gas and of the installation (the FAS list, klerk.ru); for a large family, the
 * certificate (Tatenergosbyt via Tatar-inform). The site lists them before the form; the form needs one file each.
 */
export const BENEFIT_DOCUMENTS = {
  'electric-heating': ['benefit.docs.electric-heating.ownership', 'benefit.docs.electric-heating.heating'],
  'large-family': ['benefit.docs.large-family.certificate'],
} as const satisfies Record<Benefit, readonly string[]>;

const TOO_FEW: Record<Benefit, string> = {
  'electric-heating': 'benefit.error.attachments.electric-heating',
  'large-family': 'benefit.error.attachments.large-family',
};

const isBenefit = (value: unknown): value is Benefit => typeof value === 'string' && (BENEFITS as readonly string[]).includes(value);

/** The documents the chosen case needs; none while no case is chosen (that is the benefit field's own error). */
export const benefitDocuments = (input: Record<string, unknown>) =>
  isBenefit(input.benefit) ? { min: BENEFIT_DOCUMENTS[input.benefit].length, key: TOO_FEW[input.benefit] } : null;

export const benefitRequestForm: FormSpec = {
  id: 'benefit',
  endpoint: '/api/intake/requests/tariff-benefit',
  shares: ['appeal', 'request'],
  sections: [
    {
      name: 'benefit',
      fields: [
        { name: 'benefit', kind: 'radios', options: BENEFITS },
        { name: 'premisesAddress', kind: 'textarea', hint: true, autocomplete: 'street-address', from: 'request' },
      ],
    },
    {
      name: 'applicant',
      fields: [
        { name: 'name', kind: 'text', hint: true, autocomplete: 'name', from: 'appeal' },
        { name: 'accountNumber', kind: 'text', width: 'medium', from: 'appeal' },
      ],
    },
    contactSection,
    {
      name: 'documents',
      hint: true,
      // Not optional: the benefit is granted on these documents, counted by `benefitDocuments`.
      fields: [{ ...attachmentsField, optional: false }, consentField],
    },
  ],
};
