import type { Locale } from '../schemas/common.ts';
import { singleEntry } from './entries.ts';

/**
 * Facts editors own, for strings that name them (`{phone}`): read from the company entry in Strapi, never
 * written in code or in a string, so an editor's change reaches every page on the next build.
 */
export async function contactFacts(locale: Locale): Promise<{ phone: string; readingsDueDay: string }> {
  const company = await singleEntry('company', locale);
  return { phone: company.contactCentrePhone, readingsDueDay: String(company.readingsDueDay) };
}

export type Cabinet = { title: string; url: string; hours: string | null };

/**
 * The personal cabinets, by audience: the company entry's channels of kind «cabinet» marked for citizens or for
 * organisations. One not entered yet is `null`, and the pages say so rather than guess an address.
 */
export async function cabinets(locale: Locale): Promise<Record<'individuals' | 'legal-entities', Cabinet | null>> {
  const company = await singleEntry('company', locale);
  const of = (audience: 'individuals' | 'legal-entities'): Cabinet | null => {
    const channel = company.channels.find((candidate) => candidate.kind === 'cabinet' && candidate.audience === audience);
    return channel ? { title: channel.title, url: channel.value, hours: channel.hours ?? null } : null;
  };
  return { individuals: of('individuals'), 'legal-entities': of('legal-entities') };
}
