import { isOpenAt, type CompiledHours } from './open-now.ts';

/**
 * The office finder's logic, pure and shared by the island (browser) and the unit tests: what an office looks
 * like to the finder, the filters and how they live in the URL, text search, and distance.
 */

/** Services a visitor can ask for; the values are the URL's `service=` words. */
export const SERVICES = ['cash-desk', 'commission-free', 'queue', 'contract', 'readings'] as const;
export type Service = (typeof SERVICES)[number];

/** Client categories of clause 27; the values are the URL's `for=` words. */
export const CATEGORIES = ['individuals', 'legal-entities'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface FinderPhone {
  number: string;
  href: string;
  /** What the number is for, in the page language. */
  label: string;
}

/** One office as the finder shows and filters it: already in the page's language, hours compiled. */
export interface FinderOffice {
  slug: string;
  name: string;
  /** "Офис клиентского обслуживания", in the page language. */
  kindLabel: string;
  municipality: string;
  municipalitySlug: string;
  address: string;
  latitude: number;
  longitude: number;
  /** The office's own page. */
  url: string;
  phones: FinderPhone[];
  categories: Category[];
  services: Service[];
  hours: CompiledHours;
  /** The regular week in one line ("пн–пт 08:00–17:00; сб, вс — выходной"). */
  hoursSummary: string;
  /** "Часы работы проверены 27 ноября 2026 г." */
  hoursChecked: string;
  /** Lower-case text that the search box matches: name, address and town in both languages. */
  searchText: string;
}

/** A town to sort by distance from (the municipalities that have offices). */
export interface Town {
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
}

/** Everything the filters say; the URL holds it, so a filtered list can be shared and Back undoes a change. */
export interface FinderState {
  municipality: string | null;
  category: Category | null;
  services: Service[];
  openNow: boolean;
  query: string;
  /** Sort by distance from this town (slug), or from the visitor ("me", never written to the URL). */
  near: string | null;
  map: boolean;
}

export const EMPTY_STATE: FinderState = { municipality: null, category: null, services: [], openNow: false, query: '', near: null, map: false };

/** Reads the state from a query string, ignoring anything unknown (an old or hand-edited link still works). */
export function stateFromParams(params: URLSearchParams, towns: readonly string[]): FinderState {
  const municipality = params.get('municipality');
  const category = params.get('for');
  const near = params.get('near');
  return {
    municipality: municipality && towns.includes(municipality) ? municipality : null,
    category: CATEGORIES.includes(category as Category) ? (category as Category) : null,
    services: SERVICES.filter((service) => params.getAll('service').includes(service)),
    openNow: params.get('open') === 'now',
    query: (params.get('q') ?? '').slice(0, 100),
    near: near && towns.includes(near) ? near : null,
    map: params.get('map') === '1',
  };
}

/** The query string of a state; defaults are left out so the plain page keeps its plain address. */
export function paramsFromState(state: FinderState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.municipality) params.set('municipality', state.municipality);
  if (state.category) params.set('for', state.category);
  for (const service of state.services) params.append('service', service);
  if (state.openNow) params.set('open', 'now');
  if (state.query.trim()) params.set('q', state.query);
  // The visitor's own position stays in the page: it is theirs, not something to put in a shareable link.
  if (state.near && state.near !== 'me') params.set('near', state.near);
  if (state.map) params.set('map', '1');
  return params;
}

/** Lower case, ё as е, punctuation as spaces: "ул. Примерная, д. 1" matches "примерная 1". */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every word of the query must appear at the start of a word of the office's text. */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = ` ${searchText}`;
  return words.every((word) => haystack.includes(` ${word}`));
}

export function filterOffices(offices: readonly FinderOffice[], state: FinderState, now: number): FinderOffice[] {
  return offices.filter(
    (office) =>
      (!state.municipality || office.municipalitySlug === state.municipality) &&
      (!state.category || office.categories.includes(state.category)) &&
      state.services.every((service) => office.services.includes(service)) &&
      (!state.openNow || isOpenAt(office.hours, now)) &&
      matchesQuery(office.searchText, state.query),
  );
}

/** Great-circle distance in kilometres (haversine; plenty for "which office is nearer"). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Nearest first, with each office's distance; ties keep the list's order. */
export function byDistance(offices: readonly FinderOffice[], origin: { latitude: number; longitude: number }) {
  return offices
    .map((office, index) => ({ office, index, km: distanceKm(origin, office) }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .map(({ office, km }) => ({ office, km }));
}

/** The offices grouped by municipality, in the order given (the page sorts municipalities by name). */
export function groupByMunicipality(offices: readonly FinderOffice[]): Array<{ slug: string; name: string; offices: FinderOffice[] }> {
  const groups = new Map<string, { slug: string; name: string; offices: FinderOffice[] }>();
  for (const office of offices) {
    const group = groups.get(office.municipalitySlug) ?? { slug: office.municipalitySlug, name: office.municipality, offices: [] };
    group.offices.push(office);
    groups.set(office.municipalitySlug, group);
  }
  return [...groups.values()];
}
