import type { Core } from '@strapi/strapi';

/**
 * Facts editors own, as the CMS's own pages and e-mails need them: the contact-centre number and the readings'
 * due day come from the published company entry, never from code or a string. Read at most once a
 * minute — an editor's change shows within that — and not at start-up, because the seed may write the entry
 * after this Strapi has started.
 */
const COMPANY_UID = 'api::company.company';
const REFRESH_MS = 60_000;

let facts: { phone: string; readingsDueDay?: string } = { phone: '' };
let loadedAt = 0;

/** Called before the intake renders anything. A failed read keeps the last value and tries again next time. */
export async function loadFacts(strapi: Core.Strapi): Promise<void> {
  if (facts.phone && Date.now() - loadedAt < REFRESH_MS) return;
  const company = (await strapi.db
    .query(COMPANY_UID)
    .findOne({ where: { publishedAt: { $notNull: true } }, select: ['contactCentrePhone', 'readingsDueDay'] })
    .catch(() => null)) as { contactCentrePhone?: string; readingsDueDay?: number | null } | null;
  if (!company?.contactCentrePhone) return;
  facts = { phone: company.contactCentrePhone, ...(company.readingsDueDay ? { readingsDueDay: String(company.readingsDueDay) } : {}) };
  loadedAt = Date.now();
}

/** The values every string may name: `{phone}`, `{readingsDueDay}`. */
export const factValues = (): Record<string, string> => (facts.phone ? { ...facts } : {});
