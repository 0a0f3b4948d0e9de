import { addDays } from '../../cms/src/shared/calendar.ts';
import { intervalsOn, type CompiledHours } from './open-now.ts';
import { formatTime } from '../../cms/src/shared/format.ts';

/**
 * schema.org JSON-LD for an office page, for search engines and maps: a LocalBusiness of the company with its
 * address, coordinates, phones and openingHoursSpecification — the regular week, plus each holiday of the next
 * year with its own entry (closed days as opens = closes = 00:00, the form search engines document).
 */
export interface JsonLdOffice {
  name: string;
  url: string;
  address: string;
  municipality: string;
  latitude: number;
  longitude: number;
  phones: string[];
  email?: string | null | undefined;
  hours: CompiledHours;
  organization: string;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `https://schema.org/${day}`);
/** schema.org times are hh:mm:ss-free HH:MM; midnight at the end of a day is written 23:59. */
const time = (minute: number) => (minute >= 1440 ? '23:59' : formatTime(minute));

export interface OpeningHoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

export function openingHoursSpecification(hours: CompiledHours, holidaysFrom: string, holidayDays = 366): OpeningHoursSpecification[] {
  // The same interval on several days is one entry with those days.
  const regular = new Map<string, OpeningHoursSpecification>();
  hours.week.forEach((intervals, weekday) => {
    for (const [from, to] of intervals) {
      const key = `${from}-${to}`;
      const entry = regular.get(key) ?? { '@type': 'OpeningHoursSpecification', dayOfWeek: [], opens: time(from), closes: time(to) };
      entry.dayOfWeek!.push(DAYS[weekday]!);
      regular.set(key, entry);
    }
  });
  const special: OpeningHoursSpecification[] = [];
  const last = addDays(holidaysFrom, holidayDays);
  for (const date of Object.keys(hours.exceptions).sort()) {
    if (date < holidaysFrom || date > last) continue;
    const intervals = intervalsOn(hours, date);
    const day = { validFrom: date, validThrough: date };
    if (!intervals.length) special.push({ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', ...day });
    for (const [from, to] of intervals) special.push({ '@type': 'OpeningHoursSpecification', opens: time(from), closes: time(to), ...day });
  }
  return [...regular.values(), ...special];
}

export function officeJsonLd(office: JsonLdOffice, today: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name: office.name,
    url: office.url,
    parentOrganization: { '@type': 'Organization', name: office.organization },
    address: {
      '@type': 'PostalAddress',
      streetAddress: office.address,
      addressLocality: office.municipality,
      addressRegion: 'Республика Татарстан',
      addressCountry: 'RU',
    },
    geo: { '@type': 'GeoCoordinates', latitude: office.latitude, longitude: office.longitude },
    telephone: office.phones,
    ...(office.email ? { email: office.email } : {}),
    openingHoursSpecification: openingHoursSpecification(office.hours, today),
  };
}

/** The JSON for a <script type="application/ld+json">: "<" escaped so no value can close the script element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
