import type { FieldError } from '../contracts/errors';

/**
 * Posts a form to the CMS's intake — as JSON, or as the form's own multipart data when it carries files — and reads the answer: the data of a 2xx (the record is committed), or
 * the field errors of a refusal, or a network / server failure as a form-level error.
 */
export type SubmitResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

export async function submit<T>(url: string, payload: object | FormData): Promise<SubmitResult<T>> {
  let response: Response;
  try {
    // With documents, the form itself as multipart (the browser sets its boundary); otherwise JSON.
    const form = payload instanceof FormData;
    response = await fetch(url, {
      method: 'POST',
      headers: form ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: form ? payload : JSON.stringify(payload),
    });
  } catch {
    return { ok: false, errors: [{ field: '_form', key: 'form.error.network' }] };
  }
  const body = (await response.json().catch(() => null)) as { data?: T; error?: { details?: { errors?: FieldError[] } } } | null;
  if (response.ok && body?.data) return { ok: true, data: body.data };
  const errors = body?.error?.details?.errors;
  // Each error carries its placeholders (a file's name, a rate limit's {minutes}): the CMS puts them there.
  if (response.status >= 400 && response.status < 500 && Array.isArray(errors) && errors.length) return { ok: false, errors };
  return { ok: false, errors: [{ field: '_form', key: 'form.error.server' }] };
}
