import { Fragment } from 'react';
import type { FieldError } from '../contracts/errors';
import { ATTACHMENT_ACCEPT } from '../contracts/attachments';
import { conditionalCss, keys, type FieldSpec, type FormSpec } from '../contracts/form-spec';
import { tr, type Locale, type Strings } from './text';

/**
 * The fields of a form, from its layout (../contracts/form-spec.ts). Astro renders it to HTML at build time, so the
 * form works before — and without — hydration; the CMS renders it for a post that came back with errors.
 */
export type Values = Record<string, string | boolean>;

interface Props {
  spec: FormSpec;
  locale: Locale;
  strings: Strings;
  /** The site's address, for links to its pages (the CMS's pages are on another origin). */
  site: string;
  values: Values;
  errors: FieldError[];
  onChange(name: string, value: string | boolean): void;
}

export function errorMessage(spec: FormSpec, strings: Strings, error: FieldError): string {
  const field = error.field === '_form' ? '' : tr(strings, keys.label(spec, error.field));
  return tr(strings, error.key, { field, ...error.values });
}

function Field({ spec, locale, strings, site, values, errors, onChange, field }: Props & { field: FieldSpec }) {
  const id = `${spec.id}-${field.name}`;
  // One message per field, but for documents: one per refused file, each naming it.
  const own = errors.filter((candidate) => candidate.field === field.name);
  const error = own[0];
  const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const hint = field.hint ? (
    <p className="hint" id={`${id}-hint`}>
      {tr(strings, keys.hint(spec, field.name))}
    </p>
  ) : null;
  const message = error ? (
    <p className="field-error" id={`${id}-error`}>
      <span className="visually-hidden">{tr(strings, 'form.errorPrefix')}</span> {own.map((each) => errorMessage(spec, strings, each)).join(' ')}
    </p>
  ) : null;
  const label = (
    <>
      {tr(strings, keys.label(spec, field.name))}
      {field.optional && (
        <>
          {' '}
          <span className="optional">{tr(strings, 'form.optional')}</span>
        </>
      )}
    </>
  );
  const className = `field${error ? ' field--error' : ''}`;
  const value = values[field.name];

  if (field.kind === 'radios') {
    return (
      <div className={className} data-field={field.name}>
        <fieldset aria-describedby={describedBy}>
          <legend>{label}</legend>
          {hint}
          {message}
          {(field.options ?? []).map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option}`;
            return (
              <div className="choice" key={option}>
                <input type="radio" id={optionId} name={field.name} value={option} checked={value === option} onChange={() => onChange(field.name, option)} />
                <label htmlFor={optionId}>{tr(strings, keys.option(spec, field.name, option))}</label>
              </div>
            );
          })}
        </fieldset>
      </div>
    );
  }
  if (field.kind === 'checkbox') {
    return (
      <div className={className} data-field={field.name}>
        {message}
        <div className="choice">
          <input
            type="checkbox"
            id={id}
            name={field.name}
            value="on"
            checked={value === true}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange(field.name, event.target.checked)}
          />
          <label htmlFor={id}>{label}</label>
        </div>
        {field.link && (
          <p className="hint">
            <a href={site + field.link.path.replace('{locale}', locale)}>{tr(strings, field.link.key)}</a>
          </p>
        )}
      </div>
    );
  }
  if (field.kind === 'select') {
    return (
      <div className={className} data-field={field.name}>
        <label htmlFor={id}>{label}</label>
        {hint}
        {message}
        <select
          id={id}
          name={field.name}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(field.name, event.target.value)}
        >
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {tr(strings, keys.option(spec, field.name, option))}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const common = {
    id,
    name: field.name,
    value: typeof value === 'string' ? value : '',
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    autoComplete: field.autocomplete,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(field.name, event.target.value),
  };
  return (
    <div className={className} data-field={field.name}>
      <label htmlFor={id}>{label}</label>
      {hint}
      {message}
      {field.kind === 'files' ? (
        // The browser's own file input: a button and the chosen names, announced by screen readers; no value to
        // hold (the files are read when the form is sent). Its limits are in the hint.
        <input type="file" id={id} name={field.name} multiple accept={ATTACHMENT_ACCEPT} aria-describedby={describedBy} aria-invalid={common['aria-invalid']} />
      ) : field.kind === 'textarea' ? (
        <textarea {...common} rows={field.name === 'text' ? 10 : 3} />
      ) : (
        <input
          {...common}
          // A date is typed as text, ДД.ММ.ГГГГ as the hint says (GOV.UK: a browser's date picker differs from browser
          // to browser and is hard to use with a screen reader); the contract reads that and YYYY-MM-DD alike.
          type={field.kind === 'decimal' || field.kind === 'date' ? 'text' : field.kind}
          inputMode={field.kind === 'decimal' ? 'decimal' : undefined}
          className={field.width ? `input--${field.width}` : undefined}
          spellCheck={field.kind === 'email' || field.kind === 'tel' ? false : undefined}
        />
      )}
    </div>
  );
}

export function FormFields(props: Props) {
  const { spec, strings } = props;
  return (
    <>
      {/* Conditional fields show by CSS (:has), so the choice works before hydration and without JavaScript. */}
      <style>{conditionalCss(spec, `#${spec.id}-form`)}</style>
      <input type="hidden" name="locale" value={props.locale} />
      {/* The honeypot: hidden from people and from autofill; robots fill it in. A form that only asks stores nothing. */}
      {spec.method !== 'get' && (
        <div hidden>
          <label htmlFor={`${spec.id}-website`}>{tr(strings, 'form.honeypot')}</label>
          <input id={`${spec.id}-website`} name="website" type="text" autoComplete="off" tabIndex={-1} defaultValue="" />
        </div>
      )}
      {spec.sections.map((section) => (
        <Fragment key={section.name}>
          {section.heading !== false && <h2>{tr(strings, keys.section(spec, section.name))}</h2>}
          {section.hint && <p className="hint">{tr(strings, keys.sectionHint(spec, section.name))}</p>}
          {section.fields.map((field) => (
            <Field key={field.name} {...props} field={field} />
          ))}
        </Fragment>
      ))}
    </>
  );
}
