import { statusForm, statusLookupInput, type StatusView } from '../contracts/appeal-status';
import { AgainLink } from './AgainLink';
import { IntakeForm, type FormState } from './IntakeForm';
import type { FormLinks } from './links';
import { formatDate, tr, type Locale, type Strings } from './text';

/** The status lookup (/<locale>/appeal/status/): number + access code → the status, nothing else. */
interface Props {
  locale: Locale;
  strings: Strings;
  action: string;
  links: FormLinks;
  initial?: FormState<StatusView>;
}

export default function StatusLookup({ locale, strings, action, links, initial }: Props) {
  return (
    <IntakeForm<StatusView>
      spec={statusForm}
      schema={statusLookupInput}
      locale={locale}
      strings={strings}
      action={action}
      links={links}
      initial={initial}
      renderDone={(view, reset) => <StatusResult locale={locale} strings={strings} links={links} view={view} reset={reset} />}
    />
  );
}

/** The status in words: "registered", "answered", or "extended to <date>" (the dative the template needs). */
export const statusText = (locale: Locale, strings: Strings, view: StatusView): string =>
  tr(strings, `status.value.${view.status}`, { date: view.extendedTo ? formatDate(locale, view.extendedTo, 'dative') : '' });

export function StatusResult({ locale, strings, links, view, reset }: { locale: Locale; strings: Strings; links: FormLinks; view: StatusView; reset?: () => void }) {
  return (
    <div className="panel receipt-panel">
      <h2>{tr(strings, 'status.result.title', { number: view.number })}</h2>
      <p>
        <strong data-status={view.status}>{statusText(locale, strings, view)}</strong>
      </p>
      <ul>
        <li>
          <AgainLink href={links.form} reset={reset}>
            {tr(strings, 'status.again')}
          </AgainLink>
        </li>
        <li>
          <a href={links.home}>{tr(strings, 'form.backToSite')}</a>
        </li>
      </ul>
    </div>
  );
}
