import { appealForm, appealInput } from '../../cms/src/shared/contracts/appeal';
import { IntakeForm } from './forms/IntakeForm';
import { formatDate, tr, type Locale, type Strings } from './forms/text';

/** The appeal form (/<locale>/appeal/) and, once registered, its receipt: number, dates, access code. */
interface Receipt {
  number: string;
  registeredAt: string;
  dueDate: string;
  accessCode: string;
  emailSent: boolean;
}

interface Props {
  locale: Locale;
  strings: Strings;
  action: string;
  statusHref: string;
}

export default function AppealForm({ locale, strings, action, statusHref }: Props) {
  return (
    <IntakeForm<Receipt>
      spec={appealForm}
      schema={appealInput}
      locale={locale}
      strings={strings}
      action={action}
      renderDone={(receipt, reset) => (
        <div className="panel receipt-panel">
          <h2>{tr(strings, 'appeal.done.title')}</h2>
          <dl className="details">
            <dt>{tr(strings, 'appeal.done.number')}</dt>
            <dd>
              <strong data-receipt="number">{receipt.number}</strong>
            </dd>
            <dt>{tr(strings, 'appeal.done.date')}</dt>
            <dd>{formatDate(locale, receipt.registeredAt)}</dd>
            <dt>{tr(strings, 'appeal.done.due')}</dt>
            <dd>{formatDate(locale, receipt.dueDate)}</dd>
            <dt>{tr(strings, 'appeal.done.code')}</dt>
            <dd>
              <span className="code" data-receipt="code">
                {receipt.accessCode}
              </span>
            </dd>
          </dl>
          <p>{tr(strings, 'appeal.done.keep')}</p>
          <ul>
            <li>
              <a href={statusHref}>{tr(strings, 'appeal.done.status')}</a>
            </li>
            <li>
              <button type="button" className="link-button" onClick={reset}>
                {tr(strings, 'appeal.done.again')}
              </button>
            </li>
          </ul>
        </div>
      )}
    />
  );
}
