import { statusForm, statusLookupInput, type StatusView } from '../../cms/src/shared/contracts/appeal-status';
import { IntakeForm } from './forms/IntakeForm';
import { formatDate, tr, type Locale, type Strings } from './forms/text';

/** The status lookup (/<locale>/appeal/status/): number + access code → the status, nothing else. */
export default function StatusLookup({ locale, strings, action }: { locale: Locale; strings: Strings; action: string }) {
  return (
    <IntakeForm<StatusView>
      spec={statusForm}
      schema={statusLookupInput}
      locale={locale}
      strings={strings}
      action={action}
      renderDone={(view, reset) => (
        <div className="panel receipt-panel">
          <h2>{tr(strings, 'status.result.title', { number: view.number })}</h2>
          <p>
            <strong data-status={view.status}>{tr(strings, `status.value.${view.status}`, { date: view.extendedTo ? formatDate(locale, view.extendedTo, 'dative') : '' })}</strong>
          </p>
          <p>
            <button type="button" className="link-button" onClick={reset}>
              {tr(strings, 'status.again')}
            </button>
          </p>
        </div>
      )}
    />
  );
}
