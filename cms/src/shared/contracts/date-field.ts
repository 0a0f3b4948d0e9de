import * as z from 'zod/mini';
import { optional } from './fields';

/**
 * Date fields of the request forms (a meter visit's window, a new owner's day). A module of its own, not part of
 * fields.ts: fields.ts sits in the chunk every form page loads, and only the request pages ask for dates.
 */

/** A calendar date as a person types it (ДД.ММ.ГГГГ) or a machine sends it (YYYY-MM-DD), as YYYY-MM-DD. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function isoDate(value: string): string | null {
  const iso = ISO_DATE.exec(value);
  const typed = TYPED_DATE.exec(value);
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : typed ? [typed[3]!, typed[2]!.padStart(2, '0'), typed[1]!.padStart(2, '0')] : [];
  if (!year) return null;
  const date = `${year}-${month}-${day}`;
  // A real day of the calendar: 2026-02-30 is not one.
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}

export const isDay = (value: unknown): value is string => typeof value === 'string' && ISO_DATE.test(value);

/** An optional date field: blank is "not given"; a date, typed or ISO, is stored as YYYY-MM-DD. */
export const dateField = (invalid: string) =>
  optional(
    z.pipe(
      z.string({ error: invalid }).check(
        z.overwrite((value) => value.trim()),
        z.refine((value) => isoDate(value) !== null, { error: invalid }),
      ),
      z.transform((value: string) => isoDate(value)!),
    ),
  );
