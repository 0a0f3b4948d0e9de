import { appealForm, appealInput } from '../contracts/appeal';
import { AgainLink } from './AgainLink';
import { IntakeForm, type FormState } from './IntakeForm';
import type { FormLinks } from './links';
import { formatDate, tr, type Locale, type Strings } from './text';

/** The appeal form (/<locale>/appeal/) and, once registered, its receipt: number, dates, access code. */
export interface AppealReceiptData {
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
  links: FormLinks;
  initial?: FormState<AppealReceiptData>;
}

export default function AppealForm({ locale, strings, action, links, initial }: Props) {
  return (
    <IntakeForm<AppealReceiptData>
      spec={appealForm}
      schema={appealInput}
      locale={locale}
      strings={strings}
      action={action}
      links={links}
      initial={initial}
      renderDone={(receipt, reset, values) => (
        <AppealReceipt locale={locale} strings={strings} links={links} receipt={receipt} email={receipt.emailSent ? String(values.email ?? '') : ''} reset={reset} />
      )}
    />
  );
}

interface ReceiptProps {
  locale: Locale;
  strings: Strings;
  links: FormLinks;
  receipt: AppealReceiptData;
  /** The address the confirmation went to, when one did. */
  email: string;
  reset?: () => void;
  /** False on a page whose <h1> already says it (the CMS's receipt page). */
  heading?: boolean;
}

export function AppealReceipt({ locale, strings, links, receipt, email, reset, heading = true }: ReceiptProps) {
  return (
    <div className="panel receipt-panel">
      {heading && <h2>{tr(strings, 'appeal.done.title')}</h2>}
      <dl className="receipt">
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
      {email && <p>{tr(strings, 'appeal.done.emailSent', { email })}</p>}
      <ul>
        <li>
          <a href={links.status}>{tr(strings, 'appeal.done.status')}</a>
        </li>
        <li>
          <AgainLink href={links.form} reset={reset}>
            {tr(strings, 'appeal.done.again')}
          </AgainLink>
        </li>
      </ul>
    </div>
  );
}
