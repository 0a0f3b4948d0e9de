import { statusForm, statusLookupInput, type StatusView } from '../contracts/appeal-status';
import { NextSteps } from './NextSteps';
import { IntakeForm, type FormProps, type ReceiptProps } from './IntakeForm';
import { formatDate, tr, type Locale, type Strings } from './text';

/** The status lookup (/<locale>/appeal/status/): number + access code → the status, nothing else. */
export default function StatusLookup(props: FormProps<StatusView>) {
  return <IntakeForm {...props} spec={statusForm} schema={statusLookupInput} renderDone={(view, reset) => <StatusResult {...props} view={view} reset={reset} />} />;
}

/** The status in words: "registered", "answered", or "extended to <date>" (the dative the template needs). */
const statusText = (locale: Locale, strings: Strings, view: StatusView): string =>
  tr(strings, `status.value.${view.status}`, { date: view.extendedTo ? formatDate(locale, view.extendedTo, 'dative') : '' });

export function StatusResult({ locale, strings, links, view, reset }: ReceiptProps & { view: StatusView }) {
  return (
    <div className="panel receipt-panel">
      <h2>{tr(strings, 'status.result.title', { number: view.number })}</h2>
      <p data-type={view.type}>{tr(strings, `status.type.${view.type}`)}</p>
      <p>
        <strong data-status={view.status}>{statusText(locale, strings, view)}</strong>
      </p>
      {view.dueDate && <p data-due={view.dueDate}>{tr(strings, 'status.due', { date: formatDate(locale, view.dueDate, 'dative') })}</p>}
      <NextSteps locale={locale} strings={strings} links={links} reset={reset} again="status.again" />
    </div>
  );
}
