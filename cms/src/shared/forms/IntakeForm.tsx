import { useEffect, useRef, useState, type ReactNode } from 'react';
import type * as z from 'zod/mini';
import { ATTACHMENTS, precheckFiles, type AttachmentLimits } from '../contracts/attachments';
import { check, type FieldError } from '../contracts/errors';
import type { FormSpec } from '../contracts/form-spec';
import { ErrorSummary } from './ErrorSummary';
import { FormFields, type Values } from './FormFields';
import type { FormLinks } from './links';
import { submit } from './submit';
import { useAttemptFocus, useHydrated } from './attempt';
import { inFieldOrder, startValues } from './values';
import { tr, type Locale, type Strings } from './text';

/**
 * One form of the site, checked by its contract in the browser (instant, in the page's language) and then by the
 * CMS (authoritative). Errors follow GOV.UK: the summary at the top takes focus, each message also at its field,
 * "Ошибка:" / "Хата:" before the page title.
 *
 * Rendered once, three ways: to HTML by Astro at build time (the form before hydration), hydrated in the browser,
 * and to HTML by the CMS for a visitor without JavaScript whose post came back with errors or was registered
 * (`initial` holds that state; cms/src/intake/html/pages.tsx).
 */
/** What every form of the site takes from its page (the site's, or the CMS's for a visitor without JavaScript). */
export interface FormProps<T> {
  locale: Locale;
  /** Its own strings only, in the page's language (./text.ts). */
  strings: Strings;
  /** The intake endpoint (absolute, or same-origin when PUBLIC_CMS_URL is empty). */
  action: string;
  links: FormLinks;
  /** The state a server round-trip left: the visitor's values and the errors found, or the registered result. */
  initial?: FormState<T> | undefined;
  /** Given to a form that takes documents, and only to it: the limits checked before uploading (the CMS checks them again). */
  limits?: AttachmentLimits | undefined;
}

/** The receipts take the page's language, strings and links; `reset` (with JavaScript) brings the empty form back. */
export type ReceiptProps = Pick<FormProps<unknown>, 'locale' | 'strings' | 'links'> & { reset?: () => void };

interface Props<T> extends FormProps<T> {
  spec: FormSpec;
  schema: z.core.$ZodType;
  /** The JSON body from the values (a checkbox as a boolean, the honeypot as it is). */
  toPayload?: (values: Values) => object;
  /** The view after a registered submission: the receipt. `reset` brings the empty form back. */
  renderDone(data: T, reset: () => void, values: Values): ReactNode;
}

export interface FormState<T> {
  values?: Values;
  errors?: FieldError[];
  done?: T;
}

export function IntakeForm<T>({ spec, schema, locale, strings, action, links, initial = {}, limits, toPayload = (values) => values, renderDone }: Props<T>) {
  const [values, setValues] = useState<Values>(() => startValues(spec, initial.values));
  const [errors, setErrors] = useState<FieldError[]>(() => inFieldOrder(spec, initial.errors ?? []));
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<T | null>(initial.done ?? null);
  const hydrated = useHydrated();
  const summary = useRef<HTMLDivElement>(null);
  const doneHeading = useRef<HTMLDivElement>(null);
  useAttemptFocus(attempt, errors.length, strings, summary);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  const fail = (found: FieldError[]) => {
    setErrors(inFieldOrder(spec, found));
    setAttempt((count) => count + 1);
  };

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const honeypot = (form.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
    const payload = { ...toPayload(values), locale, ...(honeypot ? { website: honeypot } : {}) };
    const checked = check(schema, payload);
    const chosen = Array.from((form.elements.namedItem(ATTACHMENTS) as HTMLInputElement | null)?.files ?? []);
    const problems = [...(checked.ok ? [] : checked.errors), ...(limits ? precheckFiles(chosen, limits) : [])];
    if (problems.length) return fail(problems);
    setBusy(true);
    // Documents go as the form's own multipart post, exactly what a browser without JavaScript sends.
    const result = await submit<T>(action, chosen.length ? new FormData(form) : payload);
    setBusy(false);
    if (!result.ok) return fail(result.errors);
    setErrors([]);
    setAttempt((count) => count + 1);
    setDone(result.data);
  }

  const reset = () => {
    setValues(startValues(spec));
    setErrors([]);
    setDone(null);
  };

  if (done)
    return (
      <div ref={doneHeading} tabIndex={-1} className="intake-done">
        {renderDone(done, reset, values)}
      </div>
    );
  return (
    <form
      className="intake-form"
      id={`${spec.id}-form`}
      method="post"
      action={`${action}?lang=${locale}`}
      // Only a form that takes documents is given their limits.
      encType={limits ? 'multipart/form-data' : undefined}
      noValidate
      onSubmit={onSubmit}
      data-hydrated={hydrated || undefined}
    >
      {/* Errors from a server round-trip (no JavaScript) are in the first HTML: the summary is focused on load. */}
      {errors.length > 0 && <ErrorSummary summaryRef={summary} spec={spec} strings={strings} errors={errors} autoFocus={attempt === 0} />}
      <FormFields
        spec={spec}
        locale={locale}
        strings={strings}
        site={links.site}
        values={values}
        errors={errors}
        onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
      />
      <button type="submit" aria-disabled={busy || undefined}>
        {busy ? tr(strings, 'form.submitting') : tr(strings, `${spec.id}.submit`)}
      </button>
    </form>
  );
}
