import type * as z from 'zod/mini';
import type { FormSpec } from '../contracts/form-spec';
import type { RequestKindType } from '../contracts/requests';
import { AppealReceipt, type AppealReceiptData } from './AppealReceipt';
import { IntakeForm, type FormProps } from './IntakeForm';

/**
 * A typed request's form, given its type's layout and contract: the intake form, and once registered the appeal's
 * receipt — the same number, dates and access code, looked up by the same status page. The page of one type
 * hydrates it with that type's contract only (site/islands/request.ts), so it does not carry the other four.
 */
export type RequestFormViewProps = FormProps<AppealReceiptData> & { type: RequestKindType; spec: FormSpec; schema: z.core.$ZodType };

export function RequestFormView({ spec, schema, ...props }: RequestFormViewProps) {
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
