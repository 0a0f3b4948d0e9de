import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import './finder/finder.css';
import { pluralCategory } from '../../cms/src/shared/plural.ts';
import { byDistance, filterOffices, type FinderOffice, type Town } from '../lib/office-finder.ts';
import FinderFilters from './finder/FinderFilters.tsx';
import FinderResults from './finder/FinderResults.tsx';
import { allPartsHydrated, HydrateInTurn } from './hydrate-in-turn.tsx';
import { cardId } from './finder/OfficeCard.tsx';
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
  const { state, update, ready } = useFinderState(townSlugs, allPartsHydrated);
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
  const sorted = useMemo(() => (origin ? byDistance(filtered, origin) : null), [filtered, origin]);
  const listed = useMemo(() => (sorted ? sorted.map(({ office }) => office) : filtered), [sorted, filtered]);
  const distances = useMemo(() => (sorted ? new Map(sorted.map(({ office, km }) => [office.slug, km])) : null), [sorted]);

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

  const filtersActive = Boolean(state.municipality || state.category || state.services.length || state.openNow || state.query.trim() || state.near);

  return (
    <div className="finder">
      {/* The filters and the map's button are rendered on the server too, so that nothing moves when the island
          starts (no layout shift), and hidden where JavaScript does not run (.with-script): only
          the island can filter. Submitted before it starts, the form's GET puts the filters in the URL, where the
          island reads them. */}
      <HydrateInTurn id="finder-filters">
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
      </HydrateInTurn>
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
          <OfficeMap offices={listed} strings={strings} onSelect={showCard} />
        </Suspense>
      )}
      <FinderResults
        offices={listed}
        distances={distances}
        now={now}
        selected={selected}
        withContents={!filtersActive}
        strings={strings}
        months={months}
        municipalityUrls={municipalityUrls}
      />
    </div>
  );
}
