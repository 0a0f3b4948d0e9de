import { REQUESTS, type RequestKindType } from '../contracts/requests';
import type { AppealReceiptData } from './AppealReceipt';
import type { FormProps } from './IntakeForm';
import { RequestFormView } from './RequestFormView';

/**
 * A typed request of the other services (/<locale>/services/<type>/; contracts/requests.ts), by its type: what the
 * build renders and the CMS's pages render for visitors without JavaScript.
 */
export type RequestFormProps = FormProps<AppealReceiptData> & { type: RequestKindType };

export default function RequestForm(props: RequestFormProps) {
  const { spec, schema } = REQUESTS[props.type];
  return <RequestFormView {...props} spec={spec} schema={schema} />;
}
