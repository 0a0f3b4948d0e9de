import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import './finder/finder.css';
import { pluralCategory } from '../../cms/src/shared/plural.ts';
import { byDistance, filterOffices, groupByMunicipality, type FinderOffice, type Town } from '../lib/office-finder.ts';
import { describeState } from '../lib/open-now-text.ts';
import { officeState } from '../lib/open-now.ts';
import FinderFilters from './finder/FinderFilters.tsx';
import OfficeCard, { cardId } from './finder/OfficeCard.tsx';
import { fill, type FinderStrings } from './finder/strings.ts';
import { useFinderState } from './finder/use-finder-state.ts';

/** Leaflet and the map are fetched only when the visitor shows the map. */
const OfficeMap = lazy(() => import('./finder/OfficeMap.tsx'));

/**
 * The office finder (hydrated on the offices page only, client:idle). Built without JavaScript it is the full
 * list grouped by municipality with anchors — nothing but the live filters and the map need the script. Once
 * running it adds the filters (kept in the URL), the "open now" line of each office in Moscow time, sorting by
 * distance, a spoken result count, and the map on request.
 */
interface Props {
  locale: 'ru' | 'tt';
  /** The offices as JSON (FinderOffice[]): one string serializes far smaller than Astro's typed props. */
  officesJson: string;
  towns: Town[];
  strings: FinderStrings;
  /** Month names after a day number, from the build (a browser may have no Tatar locale data). */
  months: readonly string[];
  /** Links to the municipality pages, by slug. */
  municipalityUrls: Record<string, string>;
}

/** How often the "open now" lines are recomputed. */
const CLOCK_TICK_MS = 30_000;

/**
 * The clock, read the way React reads any outside source: the time of the last tick (so that reads between ticks
 * agree), and none while the server-rendered list hydrates — that list says nothing about "open now".
 */
const subscribeToClock = (onTick: () => void) => {
  const timer = setInterval(onTick, CLOCK_TICK_MS);
  return () => clearInterval(timer);
};
const clockTime = () => Math.floor(Date.now() / CLOCK_TICK_MS) * CLOCK_TICK_MS;
const noTimeOnServer = () => null;
/** Wait for typing to pause before announcing the count, so a screen reader is not interrupted at every letter. */
const ANNOUNCE_DELAY_MS = 600;

export default function OfficeFinder({ locale, officesJson, towns, strings, months, municipalityUrls }: Props) {
  const offices = useMemo(() => JSON.parse(officesJson) as FinderOffice[], [officesJson]);
  const townSlugs = useMemo(() => towns.map((town) => town.slug), [towns]);
  const { state, update, ready } = useFinderState(townSlugs);
  const now = useSyncExternalStore(subscribeToClock, clockTime, noTimeOnServer);
  const [position, setPosition] = useState<{ latitude: number; longitude: number } | null>(null);
  const [geoStatus, setGeoStatus] = useState('');
  const [locating, setLocating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const mapButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const filtered = useMemo(() => (now === null ? offices : filterOffices(offices, state, now)), [offices, state, now]);
  const origin = state.near === 'me' ? position : (towns.find((town) => town.slug === state.near) ?? null);
  const sorted = origin ? byDistance(filtered, origin) : null;

  // The count is announced after each change of the filters (and once on load), with Russian or Tatar plurals.
  useEffect(() => {
    if (!ready) return;
    const count = filtered.length;
    const text = count === 0 ? strings['offices.results.none'] : fill(strings[`offices.results.${pluralCategory(locale, count)}`], { count });
    const timer = setTimeout(() => setAnnouncement(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filtered.length, ready, state, locale, strings]);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) return setGeoStatus(strings['offices.geo.failed']);
    setLocating(true);
    setGeoStatus(strings['offices.geo.locating']);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        setPosition({ latitude: coords.latitude, longitude: coords.longitude });
        setGeoStatus(strings['offices.geo.used']);
        update({ near: 'me' });
      },
      () => {
        setLocating(false);
        setGeoStatus(strings['offices.geo.failed']);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }, [strings, update]);

  /** A marker was chosen: go to the office's card in the list, the one place with all its details. */
  const showCard = useCallback((slug: string) => {
    setSelected(slug);
    const card = document.getElementById(cardId(slug));
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  }, []);

  const nowText = (office: FinderOffice) => (now === null ? null : describeState(officeState(office.hours, now), strings, months));
  const card = (office: FinderOffice, km?: number) => (
    <li key={office.slug} className={selected === office.slug ? 'selected' : undefined}>
      <OfficeCard office={office} strings={strings} now={nowText(office)} km={km} />
    </li>
  );
  const filtersActive = state.municipality || state.category || state.services.length || state.openNow || state.query.trim() || state.near;
  const groups = groupByMunicipality(filtered);

  return (
    <div className="finder">
      {/* The filters and the map's button are rendered on the server too, so that nothing moves when the island
          starts (no layout shift), and hidden where JavaScript does not run (.with-script): only
          the island can filter. Submitted before it starts, the form's GET puts the filters in the URL, where the
          island reads them. */}
      <FinderFilters
        state={state}
        towns={towns}
        strings={strings}
        hasPosition={position !== null}
        onChange={update}
        onLocate={locate}
        locating={locating}
        onApply={() => status.current?.focus()}
        hydrated={ready}
      />
      <p className="finder-status" role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} ref={status}>
        {announcement}
      </p>
      {geoStatus && (
        <p className="hint" role="status">
          {geoStatus}
        </p>
      )}
      <p className="with-script">
        <button type="button" ref={mapButton} aria-expanded={state.map} onClick={() => update({ map: !state.map })}>
          {state.map ? strings['offices.map.hide'] : strings['offices.map.show']}
        </button>
      </p>
      {ready && state.map && (
        <Suspense fallback={<p>{strings['offices.map.loading']}</p>}>
          <OfficeMap offices={sorted ? sorted.map(({ office }) => office) : filtered} strings={strings} onSelect={showCard} />
        </Suspense>
      )}
      {!filtersActive && groups.length > 1 && (
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
      {sorted ? (
        <section aria-labelledby="finder-nearest">
          <h2 id="finder-nearest">{strings['offices.results.nearest']}</h2>
          <ul className="card-list">{sorted.map(({ office, km }) => card(office, km))}</ul>
        </section>
      ) : (
        groups.map((group) => (
          <section key={group.slug} id={group.slug} className="municipality" aria-labelledby={`${group.slug}-title`}>
            <h2 id={`${group.slug}-title`}>{group.name}</h2>
            <p>
              <a href={municipalityUrls[group.slug]}>{fill(strings['offices.municipality.title'], { municipality: group.name })}</a>
            </p>
            <ul className="card-list">{group.offices.map((office) => card(office))}</ul>
          </section>
        ))
      )}
    </div>
  );
}
