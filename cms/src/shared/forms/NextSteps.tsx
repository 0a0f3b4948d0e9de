import type { ReceiptProps } from './IntakeForm';
import { tr } from './text';

/**
 * Where a receipt leads: the status lookup (after an appeal), the form again to send another, the site's home.
 * "Send another" is a link to the empty form, which works without JavaScript; with it, the form comes back in place
 * (the receipt's `reset`), without a page load.
 */
export function NextSteps({ strings, links, reset, again, status }: ReceiptProps & { again: string; status?: string }) {
  return (
    <ul>
      {status && (
        <li>
          <a href={links.status}>{tr(strings, status)}</a>
        </li>
      )}
      <li>
        <a
          href={links.form}
          onClick={(event) => {
            if (!reset) return;
            event.preventDefault();
            reset();
          }}
        >
          {tr(strings, again)}
        </a>
      </li>
      <li>
        <a href={links.home}>{tr(strings, 'form.backToSite')}</a>
      </li>
    </ul>
  );
}
