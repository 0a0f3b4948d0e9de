import './card.css';
import { formatNumber } from '../../../cms/src/shared/format.ts';
import type { FinderOffice, Service } from '../../lib/office-finder.ts';
import type { NowText } from '../../lib/open-now-text.ts';
import { fill, type FinderKey, type FinderStrings } from './strings.ts';

/**
 * One office in the list: the same card in the finder (hydrated) and on the municipality pages (static HTML, no
 * script). The map's markers open these cards, so the map shows nothing the list does not.
 */
interface Props {
  office: FinderOffice;
  strings: FinderStrings;
  /** "Открыто до 19:00": computed in the browser only, never at build time (it would be stale). */
  now?: NowText | null | undefined;
  /** Distance from the chosen town or the visitor, km. */
  km?: number | undefined;
  /** 3 under the finder's municipality headings; 2 on a municipality page, right under the title. */
  headingLevel?: 2 | 3;
}

export const SERVICE_LABELS: Record<Service, FinderKey> = {
  'cash-desk': 'offices.service.cashDesk',
  'commission-free': 'offices.service.commissionFree',
  queue: 'offices.service.queue',
  contract: 'offices.service.contract',
  readings: 'offices.service.readings',
};

/** The card's id, the target of the map's markers. */
export const cardId = (slug: string) => `office-${slug}`;

export default function OfficeCard({ office, strings, now, km, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = cardId(office.slug);
  const serves = [
    office.categories.includes('individuals') && strings['offices.serves.individuals'],
    office.categories.includes('legal-entities') && strings['offices.serves.legalEntities'],
  ].filter(Boolean);
  const distance = km === undefined ? null : formatNumber(km, { maximumFractionDigits: km < 10 ? 1 : 0 });
  return (
    <article className="office-card" id={id} tabIndex={-1} aria-labelledby={`${id}-name`}>
      <Heading id={`${id}-name`}>
        <a href={office.url}>{office.name}</a>
      </Heading>
      <p className="meta">{office.kindLabel}</p>
      {now && <p className={`now now-${now.tone}`}>{now.text}</p>}
      {/* The office's own page is what search should find; a card's details would only repeat it on the lists. */}
      <dl className="details" data-pagefind-ignore="">
        <dt>{strings['offices.address']}</dt>
        <dd>
          {office.address}
          {distance && <span className="meta"> · {fill(strings['offices.distance'], { distance })}</span>}
        </dd>
        <dt>{strings['offices.hoursSummary']}</dt>
        <dd>
          {office.hoursSummary}
          <br />
          <span className="meta">{office.hoursChecked}</span>
        </dd>
        <dt>{strings['offices.phones']}</dt>
        <dd>
          {office.phones.map((phone) => (
            <span key={phone.number} className="phone">
              <a href={phone.href}>{phone.number}</a> <span className="meta">({phone.label})</span>
            </span>
          ))}
        </dd>
        <dt>{strings['offices.serves']}</dt>
        <dd>{serves.join(', ')}</dd>
        {office.services.length > 0 && (
          <>
            <dt>{strings['offices.services']}</dt>
            <dd>{office.services.map((service) => strings[SERVICE_LABELS[service]]).join(', ')}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
