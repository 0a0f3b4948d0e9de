import type { FieldError } from '../contracts/errors';

/**
 * Posts a form as JSON to the CMS's intake and reads the answer: the data of a 2xx (the record is committed), or
 * the field errors of a refusal, or a network / server failure as a form-level error.
 */
export type SubmitResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[]; values: Record<string, string | number> };

export async function submit<T>(url: string, payload: object): Promise<SubmitResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(payload) });
  } catch {
    return { ok: false, errors: [{ field: '_form', key: 'form.error.network' }], values: {} };
  }
  const body = (await response.json().catch(() => null)) as { data?: T; error?: { details?: { errors?: FieldError[]; values?: Record<string, string | number> } } } | null;
  if (response.ok && body?.data) return { ok: true, data: body.data };
  const errors = body?.error?.details?.errors;
  if (response.status >= 400 && response.status < 500 && Array.isArray(errors) && errors.length) return { ok: false, errors, values: body?.error?.details?.values ?? {} };
  return { ok: false, errors: [{ field: '_form', key: 'form.error.server' }], values: {} };
}
