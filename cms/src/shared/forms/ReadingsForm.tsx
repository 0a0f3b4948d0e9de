import { Fragment } from 'react';
import { keys } from '../contracts/form-spec';
import { readingForm, readingInput } from '../contracts/meter-reading';
import { NextSteps } from './NextSteps';
import { IntakeForm, type FormProps, type ReceiptProps } from './IntakeForm';
import { formatDateTime, tr } from './text';

/** The meter readings form (/<locale>/readings/) and its confirmation number. */
export interface ReadingReceiptData {
  number: string;
  submittedAt: string;
  values: Record<string, string>;
}

export default function ReadingsForm(props: FormProps<ReadingReceiptData>) {
  return <IntakeForm {...props} spec={readingForm} schema={readingInput} renderDone={(receipt, reset) => <ReadingReceipt {...props} receipt={receipt} reset={reset} />} />;
}

interface Props extends ReceiptProps {
  receipt: ReadingReceiptData;
  /** False on a page whose <h1> already says it (the CMS's receipt page). */
  heading?: boolean;
}

export function ReadingReceipt({ locale, strings, links, receipt, reset, heading = true }: Props) {
  return (
    <div className="panel receipt-panel">
      {heading && <h2>{tr(strings, 'readings.done.title')}</h2>}
      <dl className="details receipt">
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
      <NextSteps locale={locale} strings={strings} links={links} reset={reset} again="readings.done.again" />
    </div>
  );
}
