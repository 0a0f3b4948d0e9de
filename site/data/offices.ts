import { formatDate, monthNames, t, UI, weekdayNames } from '../i18n/index.ts';
import { BUILD_DAY } from './build-time.ts';
import { compileHours } from '../lib/opening-hours.ts';
import { summarizeWeek } from '../lib/hours-summary.ts';
import { normalizeText, type Category, type FinderOffice, type Service, type Town } from '../lib/office-finder.ts';
import { telHref } from '../lib/office-links.ts';
import type { OpenDataFile, OpenDataOffice } from '../lib/office-open-data.ts';
import type { CompiledHours } from '../lib/open-now.ts';
import { latestUpdate } from '../lib/entry-meta.ts';
import { pathTo } from '../lib/routes.ts';
import { entriesOf, type Entry } from './entries.ts';
import type { Locale } from '../schemas/common.ts';

/**
 * Everything the office pages (finder, municipality, office) and the open-data files derive from the offices in
 * Strapi, computed once per build: hours compiled by the opening_hours library, grouped by municipality.
 */
export type Office = Entry<'offices'>;

const compiled = new Map<string, CompiledHours>();
export function hoursOf(office: Pick<Office, 'openingHours'>): CompiledHours {
  if (!compiled.has(office.openingHours)) compiled.set(office.openingHours, compileHours(office.openingHours, BUILD_DAY));
  return compiled.get(office.openingHours)!;
}

/** Offices of one language, by municipality name then office name. */
export async function officesOf(locale: Locale): Promise<Office[]> {
  const offices = await entriesOf('offices', locale);
  return offices.sort((a, b) => a.municipality.localeCompare(b.municipality, locale) || a.name.localeCompare(b.name, locale));
}

export interface Municipality {
  slug: string;
  name: string;
  offices: Office[];
}

export function municipalitiesOf(offices: readonly Office[]): Municipality[] {
  const groups = new Map<string, Municipality>();
  for (const office of offices) {
    const group = groups.get(office.municipalitySlug) ?? { slug: office.municipalitySlug, name: office.municipality, offices: [] };
    group.offices.push(office);
    groups.set(office.municipalitySlug, group);
  }
  return [...groups.values()];
}

/** Towns to sort by distance from: each municipality at the mean position of its offices. */
export function townsOf(municipalities: readonly Municipality[]): Town[] {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return municipalities.map(({ slug, name, offices }) => ({
    slug,
    name,
    latitude: mean(offices.map((office) => office.latitude)),
    longitude: mean(offices.map((office) => office.longitude)),
  }));
}

export const servicesOf = (office: Office): Service[] =>
  (
    [
      [office.hasCashDesk, 'cash-desk'],
      [office.commissionFreePayment, 'commission-free'],
      [office.hasElectronicQueue, 'queue'],
      [office.acceptsContractApplications, 'contract'],
      [office.acceptsMeterReadings, 'readings'],
    ] as Array<[boolean, Service]>
  )
    .filter(([has]) => has)
    .map(([, service]) => service);

export const SERVICE_KEYS = {
  'cash-desk': 'offices.service.cashDesk',
  'commission-free': 'offices.service.commissionFree',
  queue: 'offices.service.queue',
  contract: 'offices.service.contract',
  readings: 'offices.service.readings',
} as const;

export const categoriesOf = (office: Office): Category[] => [
  ...(office.servesIndividuals ? (['individuals'] as const) : []),
  ...(office.servesLegalEntities ? (['legal-entities'] as const) : []),
];

/** Month names for the finder island's «opens on 7 December» (it ships no string tables of its own). */
export { monthNames };

export const hoursCheckedText = (locale: Locale, office: Office) => t(locale, 'offices.hoursChecked', { date: formatDate(locale, office.hoursCheckedOn) });

/** The offices as the finder island gets them: in the page language, with both languages' names searchable. */
export async function finderOffices(locale: Locale): Promise<FinderOffice[]> {
  const offices = await officesOf(locale);
  const twins = new Map((await entriesOf('offices', locale === 'ru' ? 'tt' : 'ru')).map((office) => [office.slug, office]));
  const days = weekdayNames(locale);
  return offices.map((office) => {
    const twin = twins.get(office.slug);
    const hours = hoursOf(office);
    return {
      slug: office.slug,
      name: office.name,
      kindLabel: t(locale, `offices.kind.${office.kind}`),
      municipality: office.municipality,
      municipalitySlug: office.municipalitySlug,
      address: office.address,
      latitude: office.latitude,
      longitude: office.longitude,
      url: pathTo(locale, 'offices', office.slug),
      phones: office.phones.map((phone) => ({ number: phone.number, href: telHref(phone.number), label: t(locale, `offices.phone.${phone.purpose}`) })),
      categories: categoriesOf(office),
      services: servicesOf(office),
      hours,
      hoursSummary: summarizeWeek(hours.week, days, t(locale, 'hours.closed')),
      hoursChecked: hoursCheckedText(locale, office),
      searchText: normalizeText([office.name, office.address, office.municipality, twin?.name, twin?.address, twin?.municipality].filter(Boolean).join(' ')),
    };
  });
}

/** The open-data records of one language. */
export async function openData(locale: Locale, site: URL | undefined): Promise<OpenDataFile> {
  const offices = await officesOf(locale);
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const records: OpenDataOffice[] = offices.map((office) => ({
    id: office.slug,
    name: office.name,
    kind: office.kind,
    kind_label: t(locale, `offices.kind.${office.kind}`),
    municipality: office.municipality,
    municipality_id: office.municipalitySlug,
    address: office.address,
    latitude: office.latitude,
    longitude: office.longitude,
    phones: office.phones.map((phone) => phone.number),
    email: office.email ?? null,
    opening_hours: office.openingHours,
    hours_checked_on: office.hoursCheckedOn,
    serves_individuals: office.servesIndividuals,
    serves_legal_entities: office.servesLegalEntities,
    cash_desk: office.hasCashDesk,
    commission_free_payment: office.commissionFreePayment,
    electronic_queue: office.hasElectronicQueue,
    contract_applications: office.acceptsContractApplications,
    meter_readings: office.acceptsMeterReadings,
    language_russian: office.servesInRussian,
    language_tatar: office.servesInTatar,
    accessibility: office.accessibility ?? null,
    priority_service: office.priorityService,
    url: absolute(pathTo(locale, 'offices', office.slug)),
    updated_at: office.updatedAt,
    is_example: office.isExample,
  }));
  return { publisher: UI[locale]['site.name'], language: locale, source: absolute(pathTo(locale, 'offices')), updated: latestUpdate(offices), offices: records };
}
