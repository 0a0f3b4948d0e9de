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
