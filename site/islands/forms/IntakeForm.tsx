import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { check, type FieldError } from '../../../cms/src/shared/contracts/errors';
import { fieldsOf, type FormSpec } from '../../../cms/src/shared/contracts/form-spec';
import { ErrorSummary } from './ErrorSummary';
import { FormFields, type Values } from './FormFields';
import { submit } from './submit';
import { tr, type Locale, type Strings } from './text';

/**
 * One form of the site, checked by its contract in the browser (instant, in the page's language) and then by the
 * CMS (authoritative). Errors follow GOV.UK: the summary at the top takes focus, each message also at its field,
 * "Ошибка:" / "Хата:" before the page title. Without JavaScript the same markup posts to the CMS by itself.
 */
interface Props<T> {
  spec: FormSpec;
  schema: z.ZodType;
  locale: Locale;
  strings: Strings;
  /** The intake endpoint (absolute, or same-origin when PUBLIC_CMS_URL is empty). */
  action: string;
  /** What the form holds before the first change; radio groups start at their `initial`. */
  initial?: Values;
  /** The JSON body from the values (a checkbox as a boolean, the honeypot as it is). */
  toPayload?: (values: Values) => object;
  /** The view after a registered submission: the receipt. */
  renderDone(data: T, reset: () => void): ReactNode;
}

const startValues = (spec: FormSpec, initial: Values = {}): Values =>
  Object.fromEntries(fieldsOf(spec).map((field) => [field.name, initial[field.name] ?? (field.kind === 'checkbox' ? false : (field.initial ?? ''))]));

const orderOf = (spec: FormSpec, errors: FieldError[]) => {
  const order = ['_form', ...fieldsOf(spec).map((field) => field.name)];
  return [...errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
};

export function IntakeForm<T>({ spec, schema, locale, strings, action, initial, toPayload = (values) => values, renderDone }: Props<T>) {
  const [values, setValues] = useState<Values>(() => startValues(spec, initial));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [summaryValues, setSummaryValues] = useState<Record<string, string | number>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<T | null>(null);
  // Set once React has taken over the server-rendered form (tests wait for it; no visible change).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const summary = useRef<HTMLDivElement>(null);
  const doneHeading = useRef<HTMLDivElement>(null);
  const title = useRef<string>('');

  useEffect(() => {
    title.current ||= document.title.replace(/^(Ошибка|Хата): /, '');
    document.title = errors.length ? `${tr(strings, 'form.errorPrefix')} ${title.current}` : title.current;
    if (errors.length) summary.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  const fail = (found: FieldError[], values: Record<string, string | number> = {}) => {
    setErrors(orderOf(spec, found));
    setSummaryValues(values);
    setAttempt((count) => count + 1);
  };

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const honeypot = (event.currentTarget.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
    const payload = { ...toPayload(values), locale, ...(honeypot ? { website: honeypot } : {}) };
    const checked = check(schema, payload);
    if (!checked.ok) return fail(checked.errors);
    setBusy(true);
    const result = await submit<T>(action, payload);
    setBusy(false);
    if (!result.ok) return fail(result.errors, result.values);
    setErrors([]);
    setAttempt((count) => count + 1);
    setDone(result.data);
  }

  const reset = () => {
    setValues(startValues(spec, initial));
    setErrors([]);
    setDone(null);
  };

  if (done) return <div ref={doneHeading} tabIndex={-1} className="intake-done">{renderDone(done, reset)}</div>;
  return (
    <form className="intake-form" id={`${spec.id}-form`} method="post" action={`${action}?lang=${locale}`} noValidate onSubmit={onSubmit} data-hydrated={hydrated || undefined}>
      {errors.length > 0 && <ErrorSummary ref={summary} spec={spec} strings={strings} errors={errors} values={summaryValues} />}
      <FormFields spec={spec} locale={locale} strings={strings} values={values} errors={errors} onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))} />
      <button type="submit" aria-disabled={busy || undefined}>
        {busy ? tr(strings, 'form.submitting') : tr(strings, `${spec.id}.submit`)}
      </button>
    </form>
  );
}
