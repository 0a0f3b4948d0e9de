/**
 * How a form is laid out, shared by its two renderers — the React island on the site (which Astro also renders
 * to static HTML for visitors without JavaScript) and the CMS's no-JavaScript answer pages — so both show the same
 * fields, labels and hints. Text comes from i18n keys derived from the names:
 *   `<form>.field.<name>.label`, `<form>.field.<name>.hint`, `<form>.field.<name>.option.<value>`,
 *   `<form>.section.<section>` (and `.hint`), `<form>.submit`.
 */
export type FieldKind =
  | 'text'
  | 'email'
  | 'tel'
  | 'textarea'
  | 'radios'
  | 'checkbox'
  | 'decimal'
  | 'select'
  | 'date'
  /** Documents (./attachments.ts): a multiple file input; the form posts as multipart/form-data. */
  | 'files';

/** A field shows while radio group `field` has one of the values `in`. */
export interface Condition {
  field: string;
  in: readonly string[];
}

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Radio or select values, in order. */
  options?: readonly string[];
  /** The value a radio group or a select starts with. */
  initial?: string;
  /** Whether `<form>.field.<name>.hint` exists. */
  hint?: boolean;
  /** The browser's autofill token (WCAG 1.3.5). */
  autocomplete?: string;
  /**
   * Shown only while another radio group has one of these values (CSS :has, so it works without JavaScript); a
   * list: while every condition holds (the estimate's kWh of a zone: this meter, and volumes rather than readings).
   */
  when?: Condition | readonly Condition[];
  /** Not required: the label says so. */
  optional?: boolean;
  /** Short inputs (account numbers, readings) get a narrower box. */
  width?: 'short' | 'medium';
  /**
   * The form whose strings this field's label, hint and options are (`appeal`: the applicant's name on a request
   * is asked exactly as on an appeal), so a field asked by several forms is worded once.
   */
  from?: StringsId;
  /** A link under the field (the personal-data policy), a site path with {locale}. */
  link?: { key: string; path: string };
  // No length here: the longest accepted value is the contract's (its zod schema), and an input's `maxlength`
  // would cut a pasted text short without saying so — the contract's "too long" message says it instead.
}

export interface SectionSpec {
  name: string;
  /** As a field's `from`: the strings whose heading (and hint) this section shares. */
  from?: StringsId;
  /** Whether the section has a heading (`<form>.section.<name>`); a one-section form needs none. */
  heading?: boolean;
  /** Whether `<form>.section.<name>.hint` exists. */
  hint?: boolean;
  fields: readonly FieldSpec[];
}

/** A form's strings, or the `request.` strings every typed request shares (issue 12). */
export type StringsId = FormSpec['id'] | 'request';

export interface FormSpec {
  /**
   * Prefix of the form's i18n keys: appeal, readings, status, estimate, and the typed requests — meter (work on a
   * meter), ebill (the bill by e-mail), tariffvariant (single-rate, two- or three-zone), benefit (a tariff benefit), contract (conclude or re-register),
   * satisfaction (the score of an answer: the CMS's page only), subscribe (supply notices by e-mail).
   */
  id: 'appeal' | 'readings' | 'status' | 'estimate' | 'meter' | 'ebill' | 'tariffvariant' | 'benefit' | 'contract' | 'satisfaction' | 'subscribe';
  /** The intake endpoint, under the CMS's public URL. */
  endpoint: string;
  /**
   * `get` for a form that only asks (the estimate: its answer is a page anyone may reload, bookmark or share, and
   * nothing is stored, so it has no honeypot); `post`, the default, for one that submits.
   */
  method?: 'get' | 'post';
  /** Other strings this form speaks (its fields' `from`, the appeal's receipt): sent along with its own. */
  shares?: readonly StringsId[];
  sections: readonly SectionSpec[];
}

/** The key prefixes of the strings a form's component needs: its own and those of the forms it shares. */
export const stringPrefixesOf = (spec: FormSpec): string[] => [spec.id, ...(spec.shares ?? [])].map((id) => `${id}.`);

export const fieldsOf = (spec: FormSpec): FieldSpec[] => spec.sections.flatMap((section) => [...section.fields]);

/**
 * CSS that hides conditional fields (`when`) unless their condition's radio is checked. Both renderers inline it:
 * it works without JavaScript, and hidden fields leave the accessibility tree.
 */
export const conditionsOf = (field: FieldSpec): readonly Condition[] => (field.when === undefined ? [] : 'field' in field.when ? [field.when] : field.when);

export function conditionalCss(spec: FormSpec, formSelector: string): string {
  const all = fieldsOf(spec);
  // One rule per value that hides the field: any failing condition hides it.
  return all
    .flatMap((field) =>
      conditionsOf(field).flatMap((condition) => {
        const controller = all.find((candidate) => candidate.name === condition.field);
        const others = (controller?.options ?? []).filter((value) => !condition.in.includes(value));
        return others.map((value) => `${formSelector}:has([name="${condition.field}"][value="${value}"]:checked) [data-field="${field.name}"]{display:none}`);
      }),
    )
    .join('\n');
}

/** The prefix of a field's strings: its own form's, or the form it shares them with (`from`). */
const prefixOf = (spec: FormSpec, field: string): string => fieldsOf(spec).find((candidate) => candidate.name === field)?.from ?? spec.id;

const sectionPrefixOf = (spec: FormSpec, section: string): string => spec.sections.find((candidate) => candidate.name === section)?.from ?? spec.id;

/** The i18n key of a field's label and friends. */
export const keys = {
  label: (spec: FormSpec, field: string) => `${prefixOf(spec, field)}.field.${field}.label`,
  hint: (spec: FormSpec, field: string) => `${prefixOf(spec, field)}.field.${field}.hint`,
  option: (spec: FormSpec, field: string, value: string) => `${prefixOf(spec, field)}.field.${field}.option.${value}`,
  section: (spec: FormSpec, section: string) => `${sectionPrefixOf(spec, section)}.section.${section}`,
  sectionHint: (spec: FormSpec, section: string) => `${sectionPrefixOf(spec, section)}.section.${section}.hint`,
  submit: (spec: FormSpec) => `${spec.id}.submit`,
};
