import type { Locale } from '../schemas/common.ts';
import { attachmentFacts, attachmentLimits, type AttachmentLimits } from '../../cms/src/shared/contracts/attachments.ts';
import { formStrings as stringsWithFacts } from '../../cms/src/shared/forms/text.ts';
import { contactFacts } from '../data/facts.ts';

/**
 * Where the forms post: the CMS's intake as visitors' browsers reach it. PUBLIC_CMS_URL at build time (default:
 * the Strapi the build reads, STRAPI_URL); an empty value means the site's own origin, for a proxy that forwards
 * /api/intake/ to Strapi.
 */
export function intakeUrl(endpoint: string): string {
  const base = process.env.PUBLIC_CMS_URL ?? process.env.STRAPI_URL ?? 'http://127.0.0.1:1337';
  return `${base.replace(/\/+$/, '')}${endpoint}`;
}

/**
 * The strings an island needs (its form's keys and the shared form keys), in one language, with the editors'
 * facts (`{phone}`) filled in; the island fills only its own placeholders.
 */
export async function formStrings(locale: Locale, prefixes: string[]): Promise<Record<string, string>> {
  return stringsWithFacts(locale, prefixes, { ...(await contactFacts(locale)), ...attachmentFacts(fileLimits()) });
}

/** The documents' limits the CMS enforces (INTAKE_MAX_FILES, INTAKE_MAX_FILE_BYTES: the build must see the same). */
export const fileLimits = (): AttachmentLimits => attachmentLimits(process.env);
