import type { Locale } from '../schemas/common.ts';
import { singleEntry } from './entries.ts';

/**
 * Facts editors own, for strings that name them (`{phone}`): read from the company entry in Strapi, never
 * written in code or in a string, so an editor's change reaches every page on the next build.
 */
export async function contactFacts(locale: Locale): Promise<{ phone: string }> {
  const company = await singleEntry('company', locale);
  return { phone: company.contactCentrePhone };
}
