import type { Locale } from '../schemas/common.ts';
import type { UiKey } from '../i18n/index.ts';
import { atomFeed, jsonFeed, plannedCalendar, type FeedScope } from '../lib/outage-feeds.ts';
import { BASE_PATH } from '../lib/routes.ts';
import { BUILD_TIME } from './build-time.ts';
import { noticesOf } from './outages.ts';

/** The feeds of the outages pages (lib/outage-feeds.ts): the whole republic's, or one municipality's. */
export type FeedFormat = 'atom' | 'json' | 'ics';

/** Each feed's file (beside its page), media type and link text; Atom and JSON Feed are also announced in <head>. */
export const FEEDS = [
  { format: 'atom', file: 'feed.atom', type: 'application/atom+xml', label: 'outages.feed.atom', announced: true },
  { format: 'json', file: 'feed.json', type: 'application/feed+json', label: 'outages.feed.json', announced: true },
  { format: 'ics', file: 'planned.ics', type: 'text/calendar', label: 'outages.feed.ics', announced: false },
] as const satisfies ReadonlyArray<{ format: FeedFormat; file: string; type: string; label: UiKey; announced: boolean }>;

const FILES = Object.fromEntries(FEEDS.map((feed) => [feed.format, feed])) as Record<FeedFormat, (typeof FEEDS)[number]>;

export async function feedResponse(format: FeedFormat, locale: Locale, site: URL | undefined, municipality?: string): Promise<Response> {
  const origin = (site?.href ?? 'http://localhost/').replace(/\/$/, '') + BASE_PATH;
  const page = `/${locale}/outages/${municipality ? `${municipality}/` : ''}`;
  const scope: FeedScope = { locale, site: origin, page, now: BUILD_TIME, ...(municipality ? { municipality } : {}) };
  const { notices } = await noticesOf(locale, municipality);
  const self = `${origin}${page}${FILES[format].file}`;
  const body = format === 'atom' ? atomFeed(notices, scope, self) : format === 'json' ? jsonFeed(notices, scope, self) : plannedCalendar(notices, scope);
  return new Response(body, { headers: { 'Content-Type': `${FILES[format].type}; charset=utf-8` } });
}
