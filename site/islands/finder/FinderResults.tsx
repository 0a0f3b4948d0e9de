import { memo } from 'react';
import { groupByMunicipality, type FinderOffice } from '../../lib/office-finder.ts';
import { describeState } from '../../lib/open-now-text.ts';
import { officeState } from '../../lib/open-now.ts';
import { HydrateInTurn } from '../hydrate-in-turn.tsx';
import OfficeCard from './OfficeCard.tsx';
import { fill, type FinderStrings } from './strings.ts';

/**
 * The finder's list: by municipality with a table of contents, or nearest first. Memoized, because it is most of
 * the page: the island's other changes — the status line, the map, geolocation messages — leave it untouched,
 * and it is drawn again only when the offices, the order, the clock or the chosen card change.
 */
interface Props {
  /** The offices that pass the filters, in the list's order. */
  offices: readonly FinderOffice[];
  /** Kilometres per office when sorted by distance; null for the list by municipality. */
  distances: ReadonlyMap<string, number> | null;
  /** The clock (ms) for the "open now" lines; null at build time, which must not state the time. */
  now: number | null;
  /** The office whose marker was chosen on the map. */
  selected: string | null;
  /** The table of contents only for the whole list: a filtered list is short. */
  withContents: boolean;
  strings: FinderStrings;
  months: readonly string[];
  municipalityUrls: Record<string, string>;
}

/**
 * A municipality is laid out in full once hydrated (finder.css: until then the browser skips the layout of those far
 * from the screen). Nothing skipped then remains for tools that measure the page — audits of target sizes, hit tests.
 */
const layOutInFull = (slug: string) => document.getElementById(slug)?.setAttribute('data-laid-out', '');

function FinderResults({ offices, distances, now, selected, withContents, strings, months, municipalityUrls }: Props) {
  const card = (office: FinderOffice) => (
    <li key={office.slug} className={selected === office.slug ? 'selected' : undefined}>
      <OfficeCard office={office} strings={strings} now={now === null ? null : describeState(officeState(office.hours, now), strings, months)} km={distances?.get(office.slug)} />
    </li>
  );
  if (distances) {
    return (
      <section aria-labelledby="finder-nearest">
        <h2 id="finder-nearest">{strings['offices.results.nearest']}</h2>
        <ul className="card-list">{offices.map(card)}</ul>
      </section>
    );
  }
  const groups = groupByMunicipality(offices);
  return (
    <>
      {withContents && groups.length > 1 && (
        <nav className="finder-toc" aria-labelledby="finder-toc-title">
          <h2 id="finder-toc-title">{strings['offices.byMunicipality']}</h2>
          <ul>
            {groups.map((group) => (
              <li key={group.slug}>
                <a href={`#${group.slug}`}>{group.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map((group) => (
        <HydrateInTurn key={group.slug} id={`finder-${group.slug}`} onHydrated={() => layOutInFull(group.slug)}>
          <section id={group.slug} className="municipality" aria-labelledby={`${group.slug}-title`}>
            <h2 id={`${group.slug}-title`}>{group.name}</h2>
            <p>
              <a href={municipalityUrls[group.slug]}>{fill(strings['offices.municipality.title'], { municipality: group.name })}</a>
            </p>
            <ul className="card-list">{group.offices.map(card)}</ul>
          </section>
        </HydrateInTurn>
      ))}
    </>
  );
}

export default memo(FinderResults);
