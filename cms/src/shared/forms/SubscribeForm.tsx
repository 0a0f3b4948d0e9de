import { subscriptionForm, subscriptionInput } from '../contracts/subscription';
import { IntakeForm, type FormProps } from './IntakeForm';
import { tr } from './text';

/**
 * The subscription to supply notices by e-mail (issue 15): rendered to HTML by the site (the outages pages, no script)
 * and by the CMS with what to fix; once sent, the CMS's page says to look for the confirmation e-mail.
 */
export default function SubscribeForm(props: FormProps<{ ok: true }>) {
  return (
    <IntakeForm
      {...props}
      spec={subscriptionForm}
      schema={subscriptionInput}
      renderDone={() => (
        <div className="panel">
          <h2>{tr(props.strings, 'subscribe.sent.title')}</h2>
          <p>{tr(props.strings, 'subscribe.sent.text')}</p>
        </div>
      )}
    />
  );
}
