import * as z from 'zod/mini';

/**
 * What a contract reports: one message key per field, in the order the fields failed. `field` is the form field
 * to link to; `_form` is the form as a whole (wrong format, unknown fields, the honeypot).
 */
export interface FieldError {
  field: string;
  key: string;
  /** The message's placeholders, where it names something the visitor sent (a refused file's name). */
  values?: Record<string, string | number>;
}

export const FORM_FIELD = '_form';

/** Field names we repeat back to the client; anything else (say, "__proto__") is reported against the form. */
const SAFE_FIELD = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

const isKey = (message: string) => /^[a-z]+(\.[A-Za-z0-9-]+)+$/.test(message);

export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const add = (field: string, key: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    errors.push({ field, key });
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // The form as a whole: a browser never sends these, and their names are not the visitor's to fix.
      add(FORM_FIELD, 'form.error.unknownField');
      continue;
    }
    const first = issue.path[0];
    const field = typeof first === 'string' && SAFE_FIELD.test(first) ? first : FORM_FIELD;
    add(field, isKey(issue.message) ? issue.message : 'form.error.format');
  }
  return errors;
}

/** The result of checking a submission against a contract: the clean data, or what to fix. */
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

export function check<S extends z.core.$ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const result = z.safeParse(schema, input);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
