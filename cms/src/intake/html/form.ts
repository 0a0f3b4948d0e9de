import type { FieldError } from '../../shared/contracts/errors';
import type { FormLocale } from '../../shared/contracts/fields';
import { conditionalCss, fieldsOf, keys, type FieldSpec, type FormSpec } from '../../shared/contracts/form-spec';
import { intakeConfig } from '../config';
import { t } from '../i18n';
import { escapeHtml } from './escape';

/**
 * A form as HTML, for the page the CMS shows a visitor without JavaScript whose submission had errors: the same
 * fields, labels, hints and ids as the site's island (site/islands/forms/), the visitor's values kept, the GOV.UK
 * error summary first (focused on load) and each message again at its field.
 */
export interface FormState {
  locale: FormLocale;
  values: Record<string, unknown>;
  errors: FieldError[];
}

const idOf = (spec: FormSpec, field: string) => `${spec.id}-${field}`;

/** The message of an error, with the field's label where the message names it. */
export function errorText(spec: FormSpec, locale: FormLocale, error: FieldError): string {
  const label = error.field === '_form' ? '' : t(locale, keys.label(spec, error.field));
  return t(locale, error.key, { field: label });
}

/** Errors in the order of the form's fields, form-level ones first. */
export function orderErrors(spec: FormSpec, errors: FieldError[]): FieldError[] {
  const order = ['_form', ...fieldsOf(spec).map((field) => field.name)];
  return [...errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

export function errorSummary(spec: FormSpec, locale: FormLocale, errors: FieldError[]): string {
  const items = orderErrors(spec, errors).map((error) => {
    const text = escapeHtml(errorText(spec, locale, error));
    return error.field === '_form' ? `<li>${text}</li>` : `<li><a href="#${idOf(spec, error.field)}">${text}</a></li>`;
  });
  return `<div class="error-summary" id="${spec.id}-error-summary" tabindex="-1" autofocus aria-labelledby="${spec.id}-error-summary-title">
<div role="alert"><h2 id="${spec.id}-error-summary-title">${escapeHtml(t(locale, 'form.summary.title'))}</h2>
<ul>${items.join('')}</ul></div></div>`;
}

const str = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

function field(spec: FormSpec, state: FormState, field: FieldSpec): string {
  const { locale } = state;
  const id = idOf(spec, field.name);
  const error = state.errors.find((candidate) => candidate.field === field.name);
  const hint = field.hint ? `<p class="hint" id="${id}-hint">${escapeHtml(t(locale, keys.hint(spec, field.name)))}</p>` : '';
  const message = error
    ? `<p class="field-error" id="${id}-error"><span class="visually-hidden">${escapeHtml(t(locale, 'form.errorPrefix'))}</span> ${escapeHtml(errorText(spec, locale, error))}</p>`
    : '';
  const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const described = describedBy ? ` aria-describedby="${describedBy}"` : '';
  const label = escapeHtml(t(locale, keys.label(spec, field.name))) + (field.optional ? ` <span class="optional">${escapeHtml(t(locale, 'form.optional'))}</span>` : '');
  const value = state.values[field.name];
  const wrapper = (inner: string) => `<div class="field${error ? ' field--error' : ''}" data-field="${field.name}">${inner}</div>`;

  if (field.kind === 'radios') {
    const checked = str(value) || field.initial || '';
    const options = (field.options ?? [])
      .map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option}`;
        return `<div class="choice"><input type="radio" id="${optionId}" name="${field.name}" value="${escapeHtml(option)}"${option === checked ? ' checked' : ''}><label for="${optionId}">${escapeHtml(t(locale, keys.option(spec, field.name, option)))}</label></div>`;
      })
      .join('');
    return wrapper(`<fieldset${described}><legend>${label}</legend>${hint}${message}${options}</fieldset>`);
  }
  if (field.kind === 'checkbox') {
    const checked = value === true || value === 'on';
    const link = field.link ? `<p class="hint"><a href="${escapeHtml(intakeConfig().siteUrl + field.link.path.replace('{locale}', locale))}">${escapeHtml(t(locale, field.link.key))}</a></p>` : '';
    return wrapper(`${message}<div class="choice"><input type="checkbox" id="${id}" name="${field.name}" value="on"${checked ? ' checked' : ''}${described}${error ? ' aria-invalid="true"' : ''}><label for="${id}">${label}</label></div>${link}`);
  }
  const invalid = error ? ' aria-invalid="true"' : '';
  const autocomplete = field.autocomplete ? ` autocomplete="${field.autocomplete}"` : '';
  const width = field.width ? ` class="input--${field.width}"` : '';
  const control =
    field.kind === 'textarea'
      ? `<textarea id="${id}" name="${field.name}" rows="${field.name === 'text' ? 10 : 3}"${autocomplete}${described}${invalid}>${escapeHtml(str(value))}</textarea>`
      : `<input id="${id}" name="${field.name}" type="${field.kind === 'decimal' ? 'text' : field.kind}"${field.kind === 'decimal' ? ' inputmode="decimal"' : ''}${width}${autocomplete} value="${escapeHtml(str(value))}"${described}${invalid}${field.kind === 'tel' || field.kind === 'email' ? ' spellcheck="false"' : ''}>`;
  return wrapper(`<label for="${id}">${label}</label>${hint}${message}${control}`);
}

/** The whole form: hidden language, the honeypot, the sections with their fields, the button. */
export function renderForm(spec: FormSpec, state: FormState, action: string): string {
  const { locale } = state;
  const sections = spec.sections
    .map((section) => {
      const heading = section.heading === false ? '' : `<h2>${escapeHtml(t(locale, keys.section(spec, section.name)))}</h2>`;
      const hint = section.hint ? `<p class="hint">${escapeHtml(t(locale, keys.sectionHint(spec, section.name)))}</p>` : '';
      return `${heading}${hint}${section.fields.map((item) => field(spec, state, item)).join('\n')}`;
    })
    .join('\n');
  return `<form class="intake-form" id="${spec.id}-form" method="post" action="${escapeHtml(action)}" novalidate>
<input type="hidden" name="locale" value="${locale}">
<div hidden><label for="${spec.id}-website">${escapeHtml(t(locale, 'form.honeypot'))}</label><input id="${spec.id}-website" name="website" type="text" autocomplete="off" tabindex="-1"></div>
${sections}
<button type="submit">${escapeHtml(t(locale, keys.submit(spec)))}</button>
</form>`;
}

export const formStyle = (spec: FormSpec) => conditionalCss(spec, `#${spec.id}-form`);
