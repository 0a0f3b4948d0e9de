import { describe, expect, it } from 'vitest';
import { compileHours } from './opening-hours.ts';
import {
  byDistance,
  distanceKm,
  EMPTY_STATE,
  filterOffices,
  groupByMunicipality,
  matchesQuery,
  normalizeText,
  paramsFromState,
  stateFromParams,
  type FinderOffice,
} from './office-finder.ts';

const weekdays = compileHours('Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off', '2026-01-01');
const withSaturday = compileHours('Mo-Fr 08:00-19:00; Sa 09:00-14:00; PH off', '2026-01-01');

function office(slug: string, overrides: Partial<FinderOffice>): FinderOffice {
  return {
    slug,
    name: slug,
    kindLabel: '',
    municipality: 'Казань',
    municipalitySlug: 'kazan',
    address: '',
    latitude: 55.79,
    longitude: 49.12,
    url: `/ru/offices/${slug}/`,
    phones: [],
    categories: ['individuals'],
    services: [],
    hours: weekdays,
    hoursSummary: '',
    hoursChecked: '',
    searchText: '',
    ...overrides,
  };
}

const OFFICES = [
  office('kazan-central', {
    categories: ['individuals', 'legal-entities'],
    services: ['cash-desk', 'queue', 'contract'],
    hours: withSaturday,
    searchText: normalizeText('г. Казань, ул. Примерная, д. 1 Казань Казан'),
  }),
  office('kazan-branch', { categories: ['legal-entities'], services: ['contract'], searchText: normalizeText('г. Казань, ул. Примерная, д. 5 Казань Казан') }),
  office('arsk', {
    municipality: 'Арск',
    municipalitySlug: 'arsk',
    latitude: 56.09,
    longitude: 49.88,
    services: ['cash-desk', 'readings'],
    searchText: normalizeText('Арск, ул. Ленина, д. 3 Арск Арча'),
  }),
  office('elabuga', {
    municipality: 'Елабуга',
    municipalitySlug: 'elabuga',
    latitude: 55.76,
    longitude: 52.05,
    services: ['cash-desk'],
    searchText: normalizeText('Елабуга, ул. Тукая, д. 7 Елабуга Алабуга'),
  }),
];
const TOWNS = ['kazan', 'arsk', 'elabuga'];
const saturdayNoon = Date.parse('2026-12-05T12:00:00+03:00');
const slugs = (list: FinderOffice[]) => list.map((item) => item.slug);

describe('filters', () => {
  it('filter by municipality, client category and services, all at once', () => {
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, municipality: 'kazan' }, saturdayNoon))).toEqual(['kazan-central', 'kazan-branch']);
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, category: 'legal-entities' }, saturdayNoon))).toEqual(['kazan-central', 'kazan-branch']);
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, services: ['cash-desk', 'readings'] }, saturdayNoon))).toEqual(['arsk']);
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, category: 'individuals', services: ['cash-desk'] }, saturdayNoon))).toEqual(['kazan-central', 'arsk', 'elabuga']);
  });

  it('"open now" keeps the offices open at that instant, in Moscow time', () => {
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, openNow: true }, saturdayNoon))).toEqual(['kazan-central']);
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, openNow: true }, Date.parse('2026-12-07T12:30:00+03:00')))).toEqual(['kazan-central']);
    expect(filterOffices(OFFICES, { ...EMPTY_STATE, openNow: true }, Date.parse('2026-12-07T10:00:00+03:00'))).toHaveLength(4);
  });

  it('text search by street or town, in either language, ignoring case, ё and punctuation', () => {
    expect(normalizeText('Ул. Партизанская, д. 1ё')).toBe('ул партизанская д 1е');
    expect(matchesQuery(normalizeText('г. Казань, ул. Примерная, д. 1'), 'примерн')).toBe(true);
    expect(matchesQuery(normalizeText('г. Казань, ул. Примерная, д. 1'), 'мерная')).toBe(false);
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, query: 'Тукая' }, saturdayNoon))).toEqual(['elabuga']);
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, query: 'арча' }, saturdayNoon))).toEqual(['arsk']);
    expect(slugs(filterOffices(OFFICES, { ...EMPTY_STATE, query: 'примерная 5' }, saturdayNoon))).toEqual(['kazan-branch']);
    expect(filterOffices(OFFICES, { ...EMPTY_STATE, query: '  ' }, saturdayNoon)).toHaveLength(4);
  });
});

describe('URL state', () => {
  it('round-trips every filter through the query string', () => {
    const state = { municipality: 'kazan', category: 'individuals', services: ['cash-desk', 'queue'], openNow: true, query: 'Примерная', near: 'arsk', map: true } as const;
    const params = paramsFromState({ ...state, services: [...state.services] });
    expect(params.toString()).toBe(
      'municipality=kazan&for=individuals&service=cash-desk&service=queue&open=now&q=%D0%9F%D1%80%D0%B8%D0%BC%D0%B5%D1%80%D0%BD%D0%B0%D1%8F&near=arsk&map=1',
    );
    expect(stateFromParams(params, TOWNS)).toEqual(state);
  });

  it('leaves defaults out, keeps the visitor’s position out, and ignores what it does not know', () => {
    expect(paramsFromState(EMPTY_STATE).toString()).toBe('');
    expect(paramsFromState({ ...EMPTY_STATE, near: 'me' }).toString()).toBe('');
    expect(stateFromParams(new URLSearchParams('municipality=moskva&for=aliens&service=spa&near=me&utm_source=x'), TOWNS)).toEqual(EMPTY_STATE);
  });
});

describe('distance', () => {
  it('measures Kazan to Yelabuga at about 190 km', () => {
    expect(distanceKm({ latitude: 55.7961, longitude: 49.1064 }, { latitude: 55.7565, longitude: 52.0549 })).toBeCloseTo(184.6, 0);
  });

  it('sorts nearest first from a town', () => {
    expect(byDistance(OFFICES, { latitude: 56.09, longitude: 49.88 }).map(({ office: item }) => item.slug)).toEqual(['arsk', 'kazan-central', 'kazan-branch', 'elabuga']);
  });

  it('groups by municipality in the given order', () => {
    expect(groupByMunicipality(OFFICES).map((group) => [group.slug, group.offices.length])).toEqual([
      ['kazan', 2],
      ['arsk', 1],
      ['elabuga', 1],
    ]);
  });
});
