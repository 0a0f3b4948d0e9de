import { REQUESTS, type RequestKindType } from '../contracts/requests';
import { AppealReceipt, type AppealReceiptData } from './AppealForm';
import { IntakeForm, type FormProps } from './IntakeForm';

/**
 * A typed request of the other services (/<locale>/services/<type>/; contracts/requests.ts): the intake form of its
 * type, and once registered the appeal's receipt — the same number, dates and access code, looked up by the same
 * status page.
 */
export type RequestFormProps = FormProps<AppealReceiptData> & { type: RequestKindType };

export default function RequestForm(props: RequestFormProps) {
  const { spec, schema } = REQUESTS[props.type];
  return (
    <IntakeForm
      {...props}
      spec={spec}
      schema={schema}
      renderDone={(receipt, reset, values) => (
        <AppealReceipt {...props} form="request" receipt={receipt} email={receipt.emailSent ? String(values.email ?? '') : ''} reset={reset} />
      )}
    />
  );
}
