import * as z from 'zod/mini';
import type { FormSpec } from './form-spec';
import { consentField, contactRule, ownerRules, ownerSection, requestContract, requestFields } from './request-fields';

/**
 * The paper bill replaced by an e-mailed one (clause 17 в: bills delivered «посредством … сети "Интернет"»;
 * clause 85: «подписка на электронную квитанцию»). Paper is the default, and the switch needs the customer's
 * consent (docs/research/service-requests.md §5): this request is that consent, with the address to send to.
 */
const fields = z.strictObject({ ...requestFields }, { error: 'form.error.format' });

export const ebillRequestInput = requestContract(fields, [...ownerRules(), contactRule('email')]);

export type EbillRequestInput = z.output<typeof ebillRequestInput>;

export const ebillRequestForm: FormSpec = {
  id: 'ebill',
  endpoint: '/api/intake/requests/e-bill',
  shares: ['appeal', 'request'],
  sections: [
    ownerSection,
    {
      name: 'delivery',
      hint: true,
      fields: [
        { name: 'email', kind: 'email', autocomplete: 'email', hint: true },
        { name: 'phone', kind: 'tel', optional: true, autocomplete: 'tel', width: 'medium', from: 'appeal' },
        consentField,
      ],
    },
  ],
};
