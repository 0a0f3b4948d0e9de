import { company } from './company.ts';
import { contractDocument } from './contract-document.ts';
import { disclosurePage } from './disclosure-page.ts';
import { faqItem } from './faq-item.ts';
import { office } from './office.ts';
import { paymentMethod } from './payment-method.ts';
import { standard } from './standard.ts';
import { standardSection } from './standard-section.ts';
import { supplyNotice } from './supply-notice.ts';
import { survey } from './survey.ts';
import { tariff } from './tariff.ts';

/** Every public content type, keyed by the name of its Astro collection. */
export const CONTENT_TYPES = {
  company,
  offices: office,
  tariffs: tariff,
  paymentMethods: paymentMethod,
  contractDocuments: contractDocument,
  faqItems: faqItem,
  disclosurePages: disclosurePage,
  standard,
  standardSections: standardSection,
  supplyNotices: supplyNotice,
  surveys: survey,
} as const;

export type CollectionName = keyof typeof CONTENT_TYPES;

export * from './common.ts';
