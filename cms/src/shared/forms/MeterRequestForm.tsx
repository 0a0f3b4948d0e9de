import { meterRequestForm, meterRequestInput } from '../contracts/meter-request';
import { AppealReceipt, type AppealReceiptData } from './AppealForm';
import { IntakeForm, type FormProps } from './IntakeForm';

/**
 * A request for work on a meter (/<locale>/services/meter/): the intake form, and once registered the appeal's
 * receipt — the same number, dates and access code, looked up by the same status page.
 */
export default function MeterRequestForm(props: FormProps<AppealReceiptData>) {
  return (
    <IntakeForm
      {...props}
      spec={meterRequestForm}
      schema={meterRequestInput}
      renderDone={(receipt, reset, values) => <AppealReceipt {...props} form="meter" receipt={receipt} email={receipt.emailSent ? String(values.email ?? '') : ''} reset={reset} />}
    />
  );
}
