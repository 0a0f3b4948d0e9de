import { satisfactionForm, satisfactionInput } from '../contracts/feedback';
import { IntakeForm, type FormProps } from './IntakeForm';
import { tr } from './text';

/**
 * The one-question form of an answer's e-mail: how good was the answer, 1 to 5, and an optional comment (section X
 * of the standard). Rendered by the CMS for the e-mail's sealed link, so it works without JavaScript.
 */
export default function SatisfactionForm(props: FormProps<{ ok: true }>) {
  return (
    <IntakeForm
      {...props}
      spec={satisfactionForm}
      schema={satisfactionInput}
      renderDone={() => (
        <div className="panel">
          <h2>{tr(props.strings, 'satisfaction.done.title')}</h2>
          <p>{tr(props.strings, 'satisfaction.done.text')}</p>
          <p>
            <a href={props.links.home}>{tr(props.strings, 'form.backToSite')}</a>
          </p>
        </div>
      )}
    />
  );
}
