/**
 * The content types whose published entries are public: the disclosures the standard requires. The public role
 * and the site's read-only token may find / findOne these and nothing else. Visitor submissions (appeals, meter
 * readings) are never in this list.
 */
export const PUBLIC_CONTENT_TYPES = [
  'api::company.company',
  'api::office.office',
  'api::tariff.tariff',
  'api::payment-method.payment-method',
  'api::contract-document.contract-document',
  'api::faq-item.faq-item',
  'api::disclosure-page.disclosure-page',
  'api::standard.standard',
  'api::standard-section.standard-section',
  'api::supply-notice.supply-notice',
  'api::survey.survey',
] as const;
