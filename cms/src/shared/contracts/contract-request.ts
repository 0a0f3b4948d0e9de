import * as z from 'zod/mini';
import { moscowDate } from '../calendar';
import { APPLICANT_TYPES } from './appeal';
import { attachmentsField } from './attachments';
import { dateField, isDay } from './date-field';
import { optional, text } from './fields';
import type { FormSpec } from './form-spec';
import { consentField, contactRule, contactSection, requestContract, requestFields, type Rule } from './request-fields';

/**
 * A contract concluded, or re-registered to a new owner (clauses 17 а, 21 г, 70 б, 71 б, 80 а of the standard): for
 * citizens and for organisations and sole traders. What each needs is a document checklist, shown on the page before
 * the form and counted by it (`contractDocuments`): the lists follow ПП РФ № 442 п. 34 and ПП РФ № 354 as other
 * guaranteeing suppliers publish them (docs/research/contract-documents.md; the acts' own text was not found, and the
 * page says whose wording it is). Re-registration asks the day the premises changed hands and the meter's readings
 * on it (the new owner pays from that day). There is no contract number yet: an organisation is found by its ИНН.
 */
export const CONTRACT_ACTIONS = ['conclude', 're-register'] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];

const { contractNumber: _contract, ...applicant } = requestFields;

/**
 * An ИНН with its check digits (ФНС order: 10 digits for an organisation, one check digit; 12 for a person or a
 * sole trader, two). A mistyped digit fails the check, so a wrong ИНН is caught in the form, not by the officer.
 */
const TAX_ID = /^(?:\d{10}|\d{12})$/;
const WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const checkDigit = (digits: readonly number[]) => (digits.reduce((sum, digit, index) => sum + digit * WEIGHTS[WEIGHTS.length - digits.length + index]!, 0) % 11) % 10;

export function isValidTaxId(value: string): boolean {
  if (!TAX_ID.test(value)) return false;
  const digits = [...value].map(Number);
  if (digits.length === 10) return checkDigit(digits.slice(0, 9)) === digits[9];
  return checkDigit(digits.slice(0, 10)) === digits[10] && checkDigit(digits.slice(0, 11)) === digits[11];
}

const fields = z.strictObject(
  {
    ...applicant,
    /** Conclude a contract, or re-register it (and the account) to a new owner */
    contractAction: z.enum(CONTRACT_ACTIONS, { error: 'contract.error.contractAction.required' }),
    /** Address of the premises, house or other object supplied */
    premisesAddress: text({ required: 'contract.error.premisesAddress.required', tooLong: 'request.error.premisesAddress.tooLong', max: 300, multiline: true }),
    /** Re-registration: the day ownership (or the right of use) passed to the applicant */
    ownedSince: dateField('contract.error.ownedSince.invalid'),
    /** Re-registration: the meter's readings on that day, as the applicant writes them (one or several zones) */
    transferReading: optional(text({ required: 'contract.error.transferReading.invalid', tooLong: 'contract.error.transferReading.tooLong', max: 100 })),
    /** Organisations and sole traders: the ИНН */
    taxId: optional(text({ required: 'contract.error.taxId.invalid', invalid: 'contract.error.taxId.invalid', max: 12, pattern: TAX_ID })),
  },
  { error: 'form.error.format' },
);

type Fields = z.output<typeof fields>;

const isOrganisation = (input: Record<string, unknown>) => input.applicantType === 'legal-entity';
const reRegisters = (input: Record<string, unknown>) => input.contractAction === 're-register';

const rules: Rule<Fields>[] = [
  ['taxId', 'contract.error.taxId.required', (input) => Boolean(input.taxId), isOrganisation],
  // Reads only a value its field accepted (ten or twelve digits); anything else is the field's own error.
  ['taxId', 'contract.error.taxId.checksum', (input) => typeof input.taxId !== 'string' || !TAX_ID.test(input.taxId) || isValidTaxId(input.taxId), isOrganisation],
  ['ownedSince', 'contract.error.ownedSince.required', (input) => Boolean(input.ownedSince), reRegisters],
  ['ownedSince', 'contract.error.ownedSince.future', (input) => !isDay(input.ownedSince) || input.ownedSince <= moscowDate(), reRegisters],
  // The draft contract and any missing document are discussed by phone.
  contactRule('phone'),
];

export const contractRequestInput = requestContract(fields, rules, (input) => [
  ...(isOrganisation(input) ? [] : ['taxId']),
  ...(reRegisters(input) ? [] : ['ownedSince', 'transferReading']),
]);

export type ContractRequestInput = z.output<typeof contractRequestInput>;

/** Whose checklist applies: a citizen's, or an organisation's and a sole trader's. */
export type ContractCase = 'individual' | 'legal-entity';

/**
 * The documents of each case (i18n keys): those every application of the case needs,
 * counted by the form, and those that depend on the object. Re-registration needs the same as conclusion.
 */
export const CONTRACT_DOCUMENTS = {
  individual: {
    required: ['contract.docs.individual.identity', 'contract.docs.individual.premises'],
    ifAny: ['contract.docs.individual.meter', 'contract.docs.individual.connection', 'contract.docs.individual.proxy'],
  },
  'legal-entity': {
    required: ['contract.docs.legal-entity.authority', 'contract.docs.legal-entity.object', 'contract.docs.legal-entity.connection'],
    ifAny: ['contract.docs.legal-entity.meter', 'contract.docs.legal-entity.registry', 'contract.docs.legal-entity.scheme', 'contract.docs.legal-entity.reserve'],
  },
} as const satisfies Record<ContractCase, { required: readonly string[]; ifAny: readonly string[] }>;

const TOO_FEW: Record<ContractCase, string> = {
  individual: 'contract.error.attachments.individual',
  'legal-entity': 'contract.error.attachments.legal-entity',
};

const isCase = (value: unknown): value is ContractCase => value === 'individual' || value === 'legal-entity';

/** The documents the applicant's case needs; none while no kind of applicant is chosen (that field's own error). */
export const contractDocuments = (input: Record<string, unknown>) =>
  isCase(input.applicantType) ? { min: CONTRACT_DOCUMENTS[input.applicantType].required.length, key: TOO_FEW[input.applicantType] } : null;

const whenReRegistered = { field: 'contractAction', in: ['re-register'] } as const;

export const contractRequestForm: FormSpec = {
  id: 'contract',
  endpoint: '/api/intake/requests/contract',
  shares: ['appeal', 'request'],
  sections: [
    {
      name: 'contract',
      fields: [
        { name: 'contractAction', kind: 'radios', options: CONTRACT_ACTIONS },
        { name: 'premisesAddress', kind: 'textarea', hint: true, autocomplete: 'street-address' },
        { name: 'ownedSince', kind: 'date', hint: true, width: 'short', when: whenReRegistered },
        { name: 'transferReading', kind: 'text', hint: true, optional: true, width: 'medium', when: whenReRegistered },
      ],
    },
    {
      name: 'applicant',
      fields: [
        { name: 'applicantType', kind: 'radios', options: APPLICANT_TYPES, initial: 'individual', from: 'appeal' },
        { name: 'name', kind: 'text', hint: true, autocomplete: 'name', from: 'appeal' },
        { name: 'taxId', kind: 'text', hint: true, width: 'medium', when: { field: 'applicantType', in: ['legal-entity'] } },
        { name: 'accountNumber', kind: 'text', hint: true, optional: true, width: 'medium', when: { field: 'applicantType', in: ['individual'] } },
      ],
    },
    contactSection,
    {
      name: 'documents',
      hint: true,
      // Not optional: the contract is concluded on these documents, counted by `contractDocuments`.
      fields: [{ ...attachmentsField, optional: false }, consentField],
    },
  ],
};
