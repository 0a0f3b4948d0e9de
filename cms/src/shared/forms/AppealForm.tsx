import { appealForm, appealInput } from '../contracts/appeal';
import { AppealReceipt, type AppealReceiptData } from './AppealReceipt';
import { IntakeForm, type FormProps } from './IntakeForm';

/** The appeal form (/<locale>/appeal/) and, once registered, its receipt (AppealReceipt.tsx). */
export default function AppealForm(props: FormProps<AppealReceiptData>) {
  return (
    <IntakeForm
      {...props}
      spec={appealForm}
      schema={appealInput}
      renderDone={(receipt, reset, values) => <AppealReceipt {...props} receipt={receipt} email={receipt.emailSent ? String(values.email ?? '') : ''} reset={reset} />}
    />
  );
}
