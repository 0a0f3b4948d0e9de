import path from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { buildSite, describeSteps } from '../scripts/lib/site-build.ts';
import { publisherConfig, type PublisherSettings } from './config.ts';
import { changesPublicContent, Publisher } from './publisher.ts';
import { PreviewServer } from './preview.ts';
import { Releases } from './releases.ts';
import { reportToStrapi, startSiteServer } from './server.ts';

/**
 * The publisher service — the one entry point of production (publisher/main.ts), `npm start` and the tests: a
 * first build made live, then rebuilds on Strapi's webhook with releases switched atomically — and once a day, so the
 * figures the site computes from records (the quality indicators) are never older than a day —, the webhook, status
 * and preview served on `port`. Strapi's webhook must point at `<url>/_publish/hook`.
 */
export interface LiveSite {
  server: Server;
  publisher: Publisher;
  releases: Releases;
  url: string;
  /** The last good build's steps, in ms (scripts/lib/site-build.ts): what a publish spent where (benchmarks). */
  lastBuildSteps(): Record<string, number> | null;
  /** Waits for a build in progress to finish, then closes the server (tests, benchmarks). */
  stop(): Promise<void>;
  /** Closes the server now, dropping open connections (Ctrl-C). */
  close(): Promise<void>;
}

/** Moscow is UTC+3 all year (since 2014). */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** Milliseconds from `now` to the next `HH:MM` in Moscow. */
export function msUntilMoscow(time: string, now = Date.now()): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const moscow = new Date(now + MOSCOW_OFFSET_MS);
  const target = Date.UTC(moscow.getUTCFullYear(), moscow.getUTCMonth(), moscow.getUTCDate(), hours, minutes) - MOSCOW_OFFSET_MS;
  return target > now ? target - now : target + 24 * 60 * 60 * 1000 - now;
}

/** Runs `task` every day at `time` (Moscow), or never ('off'). */
function scheduleDaily(time: string, task: () => void): { cancel(): void } | undefined {
  if (time === 'off') return undefined;
  let timer: NodeJS.Timeout;
  const arm = () => {
    timer = setTimeout(() => {
      task();
      arm();
    }, msUntilMoscow(time));
    timer.unref();
  };
  arm();
  return { cancel: () => clearTimeout(timer) };
}

export async function startPublisherService(settings: PublisherSettings): Promise<LiveSite> {
  const config = publisherConfig.parse(settings);
  const { strapiUrl, siteTokenFile, root, quiet } = config;
  const releases = new Releases(root);
  let lastBuildSteps: Record<string, number> | null = null;
  const log = (message: string) => console.log(`› publisher: ${message}`);
  const publisher = new Publisher({
    releases,
    debounceMs: config.debounceMs,
    // Incremental: pages unchanged since the last build are copied from Astro's cache in the site's root, and files
    // unchanged since the live release keep its compressed copies (scripts/lib/precompress.ts).
    build: async (outDir) => {
      const { pages, steps } = await buildSite({ strapiUrl, tokenFile: siteTokenFile, outDir, quiet, cacheDir: path.join(root, 'build-cache'), previousDir: releases.live() });
      lastBuildSteps = steps;
      log(`${pages} pages indexed; ${describeSteps(steps)}`);
    },
    report: reportToStrapi(strapiUrl, config.statusTokenFile),
    log,
  });
  publisher.schedule(0);
  await publisher.whenIdle();
  if (publisher.status().state !== 'live') throw new Error(`The first build failed:\n${publisher.status().message}`);
  const daily = scheduleDaily(config.dailyRebuildAt, () => publisher.schedule(0));
  const preview = config.previewSecret
    ? new PreviewServer({ strapiUrl, tokenFile: siteTokenFile, releases: new Releases(path.join(root, 'preview')), secret: config.previewSecret })
    : undefined;
  const server = await startSiteServer(
    {
      siteDir: path.join(root, 'current'),
      publisher,
      webhookSecret: config.webhookSecret,
      onContentEvent: (event) => changesPublicContent(event) && preview?.markStale(),
      ...(preview ? { preview: (request: IncomingMessage, response: ServerResponse) => preview.handle(request, response) } : {}),
    },
    config.port,
    config.host,
  );
  return {
    server,
    publisher,
    releases,
    url: `http://${config.host}:${config.port}`,
    lastBuildSteps: () => lastBuildSteps,
    stop: async () => {
      daily?.cancel();
      await publisher.whenIdle();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    close: async () => {
      daily?.cancel();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
