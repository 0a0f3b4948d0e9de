import { NextSteps } from './NextSteps';
import type { ReceiptProps } from './IntakeForm';
import { formatDate, tr } from './text';

/**
 * The receipt of a registered appeal or typed request: number, dates, access code, the documents, what next. Its own
 * module, so a service request's page does not carry the appeal form's contract to show it.
 */
export interface AppealReceiptData {
  number: string;
  registeredAt: string;
  dueDate: string;
  accessCode: string;
  emailSent: boolean;
  /** The names of the documents registered with it. */
  files?: string[];
}

interface Props extends ReceiptProps {
  receipt: AppealReceiptData;
  /** Whose receipt: an appeal's, or a typed request's (its own title and "send another"; the rest is shared). */
  form?: 'appeal' | 'request';
  /** The address the confirmation went to, when one did. */
  email: string;
  /** False on a page whose <h1> already says it (the CMS's receipt page). */
  heading?: boolean;
}

export function AppealReceipt({ locale, strings, links, receipt, email, reset, heading = true, form = 'appeal' }: Props) {
  return (
    <div className="panel receipt-panel">
      {heading && <h2>{tr(strings, `${form}.done.title`)}</h2>}
      {/* `details`: the site's label–value list (global.css); `receipt`: what the tests and the CMS page find. */}
      <dl className="details receipt">
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
        {receipt.files?.length ? (
          <>
            <dt>{tr(strings, 'appeal.done.files')}</dt>
            <dd data-receipt="files">{receipt.files.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <p>{tr(strings, 'appeal.done.keep')}</p>
      {email && <p>{tr(strings, 'appeal.done.emailSent', { email })}</p>}
      <NextSteps locale={locale} strings={strings} links={links} reset={reset} again={`${form}.done.again`} status="appeal.done.status" />
    </div>
  );
}
