import * as z from 'zod/mini';

/**
 * Building blocks of the form contracts, on Zod Mini (the same checks as zod, as functions, so a form's island
 * carries only those it uses: about 6 KB brotli instead of 20). Each field is described by a comment, not by
 * `z.describe`: nothing reads a description at run time, and the registry behind it would weigh on every island.
 * Every message is an i18n key (cms/src/shared/i18n/ru.ts), never prose: the island
 * renders it in the visitor's language, the server returns it as is. A field may fail several checks; the first
 * (in the order written here) is the one reported, so each field says one thing to fix. Checks never abort the
 * whole parse: a cross-field rule (the contact of the chosen reply channel) must still run, so every error shows
 * at once.
 */

/** The site's languages; the visitor's language decides the language of replies, e-mails and pages. */
export { LOCALES, type Locale as FormLocale } from '../locales';
import { LOCALES } from '../locales';
/** The language of the page the form was sent from. */
export const locale = z.enum(LOCALES, { error: 'form.error.format' });

/**
 * Characters nobody types on purpose: C0/C1 controls (free text keeps tab and line breaks), bidirectional
 * overrides and isolates (they can make text display differently from what is stored), zero-width spaces and
 * the byte-order mark. Refused rather than silently removed, so the visitor sees exactly what is kept.
 */
const CONTROL_SINGLE_LINE = /\p{Cc}/u;
/** A multi-line text keeps its line breaks and tabs. */
const CONTROL_MULTILINE = /(?![\t\n\r])\p{Cc}/u;
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** The start of an HTML tag or comment: "<b", "</", "<!", "<?". A lone "<" ("< 200 В") is ordinary text. */
const MARKUP = /<[A-Za-z!/?]/;

export const hasForbiddenCharacters = (value: string, multiline = false) => (multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(value) || INVISIBLE.test(value);

interface TextOptions {
  /** Key shown when the field is missing or empty. */
  required: string;
  /** Key shown when the value is longer than `max`. */
  tooLong?: string;
  /** Key shown when the value is shorter than `min`. */
  tooShort?: string;
  /** Key shown when `pattern` does not match. */
  invalid?: string;
  min?: number;
  max: number;
  multiline?: boolean;
  pattern?: RegExp;
}

/**
 * A required text field: trimmed, Unicode-normalized (NFC, so "ә" typed two ways is stored one way), line breaks
 * unified, then checked — characters, markup, length, format — in that order of priority.
 */
export function text(options: TextOptions) {
  const { required, min = 1, max, multiline = false } = options;
  return z.string({ error: required }).check(
    z.overwrite((value) => (multiline ? value.replace(/\r\n?/g, '\n') : value).trim().normalize('NFC')),
    z.refine((value) => !hasForbiddenCharacters(value, multiline), { error: 'form.error.characters' }),
    z.refine((value) => !MARKUP.test(value), { error: 'form.error.markup' }),
    z.minLength(1, { error: required }),
    z.minLength(min, { error: options.tooShort ?? required }),
    z.maxLength(max, { error: options.tooLong ?? options.invalid ?? required }),
    ...(options.pattern ? [z.regex(options.pattern, { error: options.invalid ?? required })] : []),
  );
}

/** Blank (absent, empty or only spaces) counts as not given: a form always sends its empty fields. */
export const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** An optional text field: blank is "not given", anything else must pass `schema`. */
export const optional = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankToUndefined), z.optional(schema));

/** Names of people and organisations: letters of any script (Tatar ә ө ү җ ң һ included), digits, and the punctuation names use. */
export const NAME_PATTERN = /^(?=.*\p{L})[\p{L}\p{M}\d\s.,'’ʼ«»"„“()№&-]+$/u;

/** A personal account number (лицевой счёт): digits only, as printed on the bill. */
export const ACCOUNT_PATTERN = /^\d{5,20}$/;

/**
 * An e-mail address: a local part of the characters mail systems accept unquoted, and a domain of letters (any
 * script: почта.рф), digits and hyphens. Quoted local parts and IP-literal domains are refused: no visitor needs them.
 */
export const EMAIL_PATTERN = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;

/** A phone number as people write it: 10 to 15 digits, with optional +, spaces, brackets and hyphens. */
export const PHONE_PATTERN = /^(?=(?:\D*\d){10,15}\D*$)\+?[\d\s()-]+$/;

/**
 * The honeypot: a field hidden from people (the `hidden` attribute: not shown, not focusable, not read out, not
 * autofilled) that form-filling robots fill in. Anything in it rejects the submission. No CAPTCHA (WCAG 3.3.8).
 * It must stay empty.
 */
export const honeypot = optional(z.string().check(z.maxLength(0, { error: 'form.error.honeypot' })));

/** A copy of a plain object's own fields (or the value itself), so a contract can drop fields before checking. */
export function withoutFields(value: unknown, drop: (input: Record<string, unknown>) => string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of drop(copy)) delete copy[field];
  return copy;
}
