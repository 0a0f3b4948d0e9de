import { Fragment } from 'react';
import { readingForm, readingInput } from '../../cms/src/shared/contracts/meter-reading';
import { keys } from '../../cms/src/shared/contracts/form-spec';
import { IntakeForm } from './forms/IntakeForm';
import { formatDateTime, tr, type Locale, type Strings } from './forms/text';

/** The meter readings form (/<locale>/readings/) and its confirmation number. */
interface Receipt {
  number: string;
  submittedAt: string;
  values: Record<string, string>;
}

export default function ReadingsForm({ locale, strings, action }: { locale: Locale; strings: Strings; action: string }) {
  return (
    <IntakeForm<Receipt>
      spec={readingForm}
      schema={readingInput}
      locale={locale}
      strings={strings}
      action={action}
      renderDone={(receipt, reset) => (
        <div className="panel receipt-panel">
          <h2>{tr(strings, 'readings.done.title')}</h2>
          <dl className="details">
            <dt>{tr(strings, 'readings.done.number')}</dt>
            <dd>
              <strong data-receipt="number">{receipt.number}</strong>
            </dd>
            <dt>{tr(strings, 'readings.done.received')}</dt>
            <dd>{formatDateTime(locale, receipt.submittedAt)}</dd>
            {Object.entries(receipt.values).map(([field, value]) => (
              <Fragment key={field}>
                <dt>{tr(strings, keys.label(readingForm, field))}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
          <p>
            <button type="button" className="link-button" onClick={reset}>
              {tr(strings, 'readings.done.again')}
            </button>
          </p>
        </div>
      )}
    />
  );
}
