import { generateAtomFeed, generateJsonFeed } from 'feedsmith';
import ical, { ICalEventStatus } from 'ical-generator';
import { formatDateTime, t } from '../i18n/index.ts';
import { municipalityOf } from '../../cms/src/shared/municipalities.ts';
import { isRecent, noticeState, type NoticeTimes } from './outages.ts';
import type { Locale } from '../schemas/common.ts';
import type { NOTICE_KINDS } from '../schemas/supply-notice.ts';

/**
 * The supply notices as feeds (issue 15), for the whole republic and per municipality, in each language: Atom (RFC
 * 4287) and JSON Feed 1.1 with every notice not over for more than a month, and iCalendar (RFC 5545) with the planned
 * works to come. Written by kept libraries (feedsmith, ical-generator), not by string templates; the tests parse
 * each with another kept parser.
 */
export interface FeedNotice extends NoticeTimes {
  kind: (typeof NOTICE_KINDS)[number];
  slug: string;
  title: string;
  municipality: string;
  settlement: string;
  streets: ReadonlyArray<{ street: string; houses?: string | null | undefined }>;
  cause: string;
  gridOrganisation: string;
  gridPhone: string;
  restoreByPrevious?: string | null | undefined;
  updatedAt: string;
}

export interface FeedScope {
  locale: Locale;
  /** The site's address and the page the feed is about (the outages page, or a municipality's). */
  site: string;
  page: string;
  /** The municipality, for a municipality's feed. */
  municipality?: string;
  now: number;
}

const time = (locale: Locale, value: string) => `${formatDateTime(locale, value)} ${t(locale, 'outages.msk')}`;

/** The plain-text summary of a notice, in the feed's language: the same facts as its card on the page. */
export function noticeSummary(locale: Locale, notice: FeedNotice): string {
  const where = [
    municipalityOf(notice.municipality)?.[locale] ?? notice.municipality,
    notice.settlement,
    ...notice.streets.map((street) => [street.street, street.houses].filter(Boolean).join(' ')),
  ]
    .filter(Boolean)
    .join(', ');
  const state = notice.restoredAt
    ? t(locale, 'outages.restored', { time: time(locale, notice.restoredAt) })
    : notice.restoreByPrevious
      ? t(locale, 'outages.moved', { time: time(locale, notice.restoreBy), previous: time(locale, notice.restoreByPrevious) })
      : t(locale, 'outages.restoreBy', { time: time(locale, notice.restoreBy) });
  return [
    `${t(locale, `outages.kind.${notice.kind}`)}. ${state}`,
    `${t(locale, 'outages.area')}: ${where}.`,
    `${t(locale, 'outages.period')}: ${time(locale, notice.startsAt)}.`,
    `${t(locale, 'outages.cause')}: ${notice.cause}`,
    `${t(locale, 'outages.grid')}: ${notice.gridOrganisation}, ${notice.gridPhone}.`,
  ].join('\n');
}

const title = (scope: FeedScope) =>
  scope.municipality
    ? t(scope.locale, 'outages.feedTitleMunicipality', { municipality: municipalityOf(scope.municipality)?.[scope.locale] ?? scope.municipality })
    : t(scope.locale, 'outages.feedTitle');

/** The notices a feed carries: all but those over for more than a month, the latest first. */
const inFeed = (notices: readonly FeedNotice[], now: number) => notices.filter((notice) => isRecent(notice, now)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

const noticeUrl = (scope: FeedScope, notice: FeedNotice) => `${scope.site}/${scope.locale}/outages/${notice.municipality}/#${notice.slug}`;

export function atomFeed(notices: readonly FeedNotice[], scope: FeedScope, self: string): string {
  const entries = inFeed(notices, scope.now);
  const updated = entries[0]?.updatedAt ?? new Date(scope.now).toISOString();
  return generateAtomFeed({
    id: `${scope.site}${scope.page}`,
    title: { value: title(scope) },
    updated: new Date(updated),
    links: [
      { href: self, rel: 'self', type: 'application/atom+xml' },
      { href: `${scope.site}${scope.page}`, rel: 'alternate', type: 'text/html', hreflang: scope.locale },
    ],
    authors: [{ name: t(scope.locale, 'site.name'), uri: `${scope.site}/${scope.locale}/` }],
    xml: { lang: scope.locale },
    entries: entries.map((notice) => ({
      id: noticeUrl(scope, notice),
      title: { value: notice.title },
      updated: new Date(notice.updatedAt),
      published: new Date(notice.startsAt),
      links: [{ href: noticeUrl(scope, notice), rel: 'alternate', type: 'text/html' }],
      summary: { value: noticeSummary(scope.locale, notice), type: 'text' },
      categories: [{ term: notice.kind, label: t(scope.locale, `outages.kind.${notice.kind}`) }],
    })),
  } as never) as string;
}

export function jsonFeed(notices: readonly FeedNotice[], scope: FeedScope, self: string): string {
  return JSON.stringify(
    generateJsonFeed({
      title: title(scope),
      home_page_url: `${scope.site}${scope.page}`,
      feed_url: self,
      language: scope.locale,
      authors: [{ name: t(scope.locale, 'site.name'), url: `${scope.site}/${scope.locale}/` }],
      items: inFeed(notices, scope.now).map((notice) => ({
        id: noticeUrl(scope, notice),
        url: noticeUrl(scope, notice),
        title: notice.title,
        content_text: noticeSummary(scope.locale, notice),
        date_published: new Date(notice.startsAt),
        date_modified: new Date(notice.updatedAt),
        tags: [t(scope.locale, `outages.kind.${notice.kind}`)],
      })),
    } as never),
    null,
    2,
  );
}

/** The planned works to come (and going on), as calendar events from their start to the planned restoration. */
export function plannedCalendar(notices: readonly FeedNotice[], scope: FeedScope): string {
  const calendar = ical({ name: title(scope), prodId: { company: 'tatenergosbyt.ru', product: 'outages', language: scope.locale.toUpperCase() }, timezone: 'UTC' });
  for (const notice of notices.filter((candidate) => candidate.kind === 'planned' && noticeState(candidate, scope.now) !== 'over')) {
    calendar.createEvent({
      id: `${notice.slug}@tatenergosbyt.ru`,
      start: new Date(notice.startsAt),
      end: new Date(notice.restoreBy),
      stamp: new Date(notice.updatedAt),
      summary: notice.title,
      description: noticeSummary(scope.locale, notice),
      location: [municipalityOf(notice.municipality)?.[scope.locale], notice.settlement].filter(Boolean).join(', '),
      url: noticeUrl(scope, notice),
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
