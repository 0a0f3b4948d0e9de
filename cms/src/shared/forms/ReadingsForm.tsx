import { Fragment } from 'react';
import { keys } from '../contracts/form-spec';
import { readingForm, readingInput } from '../contracts/meter-reading';
import { AgainLink } from './AgainLink';
import { IntakeForm, type FormState } from './IntakeForm';
import type { FormLinks } from './links';
import { formatDateTime, tr, type Locale, type Strings } from './text';

/** The meter readings form (/<locale>/readings/) and its confirmation number. */
export interface ReadingReceiptData {
  number: string;
  submittedAt: string;
  values: Record<string, string>;
}

interface Props {
  locale: Locale;
  strings: Strings;
  action: string;
  links: FormLinks;
  initial?: FormState<ReadingReceiptData>;
}

export default function ReadingsForm({ locale, strings, action, links, initial }: Props) {
  return (
    <IntakeForm<ReadingReceiptData>
      spec={readingForm}
      schema={readingInput}
      locale={locale}
      strings={strings}
      action={action}
      links={links}
      initial={initial}
      renderDone={(receipt, reset) => <ReadingReceipt locale={locale} strings={strings} links={links} receipt={receipt} reset={reset} />}
    />
  );
}

interface ReceiptProps {
  locale: Locale;
  strings: Strings;
  links: FormLinks;
  receipt: ReadingReceiptData;
  reset?: () => void;
  /** False on a page whose <h1> already says it (the CMS's receipt page). */
  heading?: boolean;
}

export function ReadingReceipt({ locale, strings, links, receipt, reset, heading = true }: ReceiptProps) {
  return (
    <div className="panel receipt-panel">
      {heading && <h2>{tr(strings, 'readings.done.title')}</h2>}
      <dl className="receipt">
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
      <ul>
        <li>
          <AgainLink href={links.form} reset={reset}>
            {tr(strings, 'readings.done.again')}
          </AgainLink>
        </li>
        <li>
          <a href={links.home}>{tr(strings, 'form.backToSite')}</a>
        </li>
      </ul>
    </div>
  );
}
