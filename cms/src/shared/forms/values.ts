import type { FieldError } from '../contracts/errors';
import { fieldsOf, type FormSpec } from '../contracts/form-spec';
import type { Values } from './FormFields';

/**
 * A browser's form post as the values a form component holds: each field of the form as a string, a ticked
 * checkbox as true ("on" in the post). Anything the form does not have is left out, so nothing a robot adds is
 * ever echoed into a page.
 */
export function valuesFromPost(spec: FormSpec, posted: Record<string, unknown>): Values {
  return Object.fromEntries(
    fieldsOf(spec)
      .filter((field) => posted[field.name] !== undefined && posted[field.name] !== null)
      .map((field) => {
        const value = posted[field.name];
        return [field.name, field.kind === 'checkbox' ? value === true || value === 'on' : String(value)];
      }),
  );
}

/**
 * A form's starting values: what a round-trip left, else each field's initial value (a checkbox unticked). A file
 * input has no value to hold: its files are the browser's, read when the form is sent.
 */
export const startValues = (spec: FormSpec, initial: Values = {}): Values =>
  Object.fromEntries(
    fieldsOf(spec)
      .filter((field) => field.kind !== 'files')
      .map((field) => [field.name, initial[field.name] ?? (field.kind === 'checkbox' ? false : (field.initial ?? ''))]),
  );

/** Errors in the order of the form's fields (the summary lists them as a reader meets the fields), form-level first. */
export const inFieldOrder = (spec: FormSpec, errors: readonly FieldError[]): FieldError[] => {
  const order = ['_form', ...fieldsOf(spec).map((field) => field.name)];
  return [...errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
};
