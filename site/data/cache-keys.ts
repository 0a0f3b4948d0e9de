import { createHash } from 'node:crypto';
import { LOCALES } from '../schemas/common.ts';
import { intakeUrl } from '../lib/intake.ts';
import { BUILD_DAY } from './build-time.ts';
import { singleEntry } from './entries.ts';
import { linkTable } from './link-resolver.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, on when the publisher builds: see
 * astro.config.mjs). A page that returns a key from getStaticPaths, and whose key and code (Astro hashes its module
 * graph) are both as in the last build, is copied from that build instead of rendered again. So a key must change
 * with everything the page shows that is not code: its own entry, and what every page shares — the company's facts
 * (the footer), where each clause and question lives (links resolved in Markdown), where the forms post (the
 * feedback form under every page) and the Moscow day (an office's hours from today). Pages that show the time of day
 * (interruptions) or other entries (lists, the home page) carry no key and are rendered every time. Checked by
 * tests/e2e/incremental.e2e.ts: a build that reuses pages is byte-identical to one that renders them all.
 */
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

let shared: Promise<string> | undefined;

/** What every page shares, once per build. */
function sharedDigest(): Promise<string> {
  shared ??= (async () =>
    digest({
      company: await Promise.all(LOCALES.map((locale) => singleEntry('company', locale))),
      links: await linkTable(),
      intake: intakeUrl(''),
      day: BUILD_DAY,
    }))();
  return shared;
}

/** The key of a page that shows `data` (its entry) and what every page shares. */
export async function cacheKey(data: unknown): Promise<string> {
  return digest([await sharedDigest(), data]);
}
