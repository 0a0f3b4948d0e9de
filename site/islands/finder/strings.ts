import type { UiKey } from '../../../cms/src/shared/i18n/ru.ts';
import { NOW_KEYS } from '../../lib/open-now-text.ts';

/**
 * The interface strings the finder island uses. The page passes only these, in its own language, so the island
 * does not ship the whole dictionary of both languages.
 */
export const FINDER_KEYS = [
  ...NOW_KEYS,
  'offices.address',
  'offices.phones',
  'offices.hoursSummary',
  'offices.serves',
  'offices.serves.individuals',
  'offices.serves.legalEntities',
  'offices.services',
  'offices.service.cashDesk',
  'offices.service.commissionFree',
  'offices.service.queue',
  'offices.service.contract',
  'offices.service.readings',
  'offices.distance',
  'offices.byMunicipality',
  'offices.municipality.title',
  'offices.finder.title',
  'offices.filter.municipality',
  'offices.filter.municipality.all',
  'offices.filter.category',
  'offices.filter.category.all',
  'offices.filter.category.individuals',
  'offices.filter.category.legalEntities',
  'offices.filter.services',
  'offices.filter.openNow',
  'offices.filter.query',
  'offices.filter.query.hint',
  'offices.filter.reset',
  'offices.filter.apply',
  'offices.sort',
  'offices.sort.municipality',
  'offices.sort.near',
  'offices.sort.me',
  'offices.geo.button',
  'offices.geo.locating',
  'offices.geo.failed',
  'offices.geo.used',
  'offices.results.one',
  'offices.results.few',
  'offices.results.many',
  'offices.results.none',
  'offices.results.nearest',
  'offices.moscowTime',
  'offices.map.show',
  'offices.map.hide',
  'offices.map.label',
  'offices.map.loading',
  'offices.map.failed',
  'offices.map.hint',
  'offices.map.zoomIn',
  'offices.map.zoomOut',
  'offices.map.attribution',
] as const satisfies readonly UiKey[];

export type FinderKey = (typeof FINDER_KEYS)[number];
export type FinderStrings = Record<FinderKey, string>;

export { fill } from '../../../cms/src/shared/format.ts';

/** "касса" → "Касса" for a checkbox label. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
