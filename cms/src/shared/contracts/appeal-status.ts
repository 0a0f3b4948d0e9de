import * as z from 'zod/mini';
import { honeypot, locale } from './fields';
import type { FormSpec } from './form-spec';

/**
 * The status lookup: registration number + access code → the appeal's status and nothing else (no name, no
 * text, no contacts). Wrong codes are rate limited by the CMS.
 */

/** "2026-000123": the year of registration and the number within it. */
export const APPEAL_NUMBER_PATTERN = /^\d{4}-\d{6,}$/;

/** Access codes use 32 symbols that cannot be confused with each other: no I, O, 0 or 1. */
export const ACCESS_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ACCESS_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/** Cyrillic letters that look like the Latin ones of the code: a visitor on a Russian layout types these. */
const LOOK_ALIKES: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y' };

/** "k7qf m3xp", "К7QF-M3XP" (Cyrillic К) and "K7QFM3XP" all become "K7QF-M3XP". */
export function normalizeAccessCode(value: string): string {
  const compact = value
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[АВЕКМНРСТХУ]/g, (letter) => LOOK_ALIKES[letter]!);
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

export const APPEAL_STATUSES = ['registered', 'in-progress', 'extended', 'answered', 'closed-no-answer'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const statusLookupInput = z.strictObject(
  {
    locale,
    number: z.string({ error: 'status.error.number.required' }).check(
      z.overwrite((value) => value.replace(/^\s*№?\s*/, '').trim()),
      z.minLength(1, { error: 'status.error.number.required' }),
      z.maxLength(20, { error: 'status.error.number.invalid' }),
      z.regex(APPEAL_NUMBER_PATTERN, { error: 'status.error.number.invalid' }),
    ),
    /** Access code from the confirmation, e.g. K7QF-M3XP */
    code: z
      .string({ error: 'status.error.code.required' })
      .check(
        z.maxLength(20, { error: 'status.error.code.invalid' }),
        z.overwrite(normalizeAccessCode),
        z.minLength(1, { error: 'status.error.code.required' }),
        z.regex(ACCESS_CODE_PATTERN, { error: 'status.error.code.invalid' }),
      ),
    website: honeypot,
  },
  { error: 'form.error.format' },
);

export type StatusLookupInput = z.output<typeof statusLookupInput>;

/** What was registered: an appeal, or a typed request of another service (issue 12), all under one number sequence. */
export const REQUEST_TYPES = ['appeal', 'meter-work', 'e-bill', 'tariff-variant', 'tariff-benefit', 'contract'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** What the lookup answers: the type, the status, and the new due date of an extended appeal. Never personal data. */
export interface StatusView {
  number: string;
  type: RequestType;
  status: AppealStatus;
  /** YYYY-MM-DD, only when the status is "extended". */
  extendedTo?: string;
  /** YYYY-MM-DD: the day the answer is due, while one is awaited and the term is not extended. */
  dueDate?: string;
}

export const statusForm: FormSpec = {
  id: 'status',
  endpoint: '/api/intake/appeal-status',
  sections: [
    {
      name: 'lookup',
      heading: false,
      fields: [
        { name: 'number', kind: 'text', hint: true, width: 'medium' },
        { name: 'code', kind: 'text', hint: true, width: 'medium', autocomplete: 'off' },
      ],
    },
  ],
};
