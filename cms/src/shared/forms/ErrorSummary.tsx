import type { Ref } from 'react';
import type { FieldError } from '../contracts/errors';
import type { FormSpec } from '../contracts/form-spec';
import { errorMessage } from './FormFields';
import { tr, type Strings } from './text';

/**
 * The GOV.UK error summary: at the top of the form, focused when it appears, one link per problem that moves focus
 * to its field and brings the field's label or legend into view.
 */
interface Props {
  spec: FormSpec;
  strings: Strings;
  /** Each with its placeholders: a refused file's name, a rate limit's {minutes}. */
  errors: FieldError[];
  /** Focus moves here when the summary appears (a prop, not `ref`: the CMS renders with React 18). */
  summaryRef?: Ref<HTMLDivElement>;
  /** In the first HTML (errors found by the CMS for a visitor without JavaScript): focused on load. */
  autoFocus?: boolean;
}

function goToField(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const legendOrLabel = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${id}"]`);
  (legendOrLabel ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

export function ErrorSummary({ spec, strings, errors, summaryRef, autoFocus }: Props) {
  return (
    // autoFocus only on the page the CMS answers a post without JavaScript with: GOV.UK's error summary takes focus
    // when the page loads, so a screen reader starts with what went wrong (no script to move focus there).
    // eslint-disable-next-line jsx-a11y-x/no-autofocus
    <div className="error-summary" id={`${spec.id}-error-summary`} tabIndex={-1} ref={summaryRef} autoFocus={autoFocus} aria-labelledby={`${spec.id}-error-summary-title`}>
      <div role="alert">
        <h2 id={`${spec.id}-error-summary-title`}>{tr(strings, 'form.summary.title')}</h2>
        <ul>
          {errors.map((error, index) => (
            <li key={index}>
              {error.field === '_form' ? (
                errorMessage(spec, strings, error)
              ) : (
                <a href={`#${spec.id}-${error.field}`} onClick={(event) => goToField(event, `${spec.id}-${error.field}`)}>
                  {errorMessage(spec, strings, error)}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
