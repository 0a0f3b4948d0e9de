import path from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { buildSite } from '../scripts/lib/site-build.ts';
import { publisherConfig, type PublisherSettings } from './config.ts';
import { changesPublicContent, Publisher } from './publisher.ts';
import { PreviewServer } from './preview.ts';
import { Releases } from './releases.ts';
import { reportToStrapi, startSiteServer } from './server.ts';

/**
 * The publisher service — the one entry point of production (publisher/main.ts), `npm start` and the tests: a
 * first build made live, then rebuilds on Strapi's webhook with releases switched atomically, the webhook, status
 * and preview served on `port`. Strapi's webhook must point at `<url>/_publish/hook`.
 */
export interface LiveSite {
  server: Server;
  publisher: Publisher;
  releases: Releases;
  url: string;
  /** Waits for a build in progress to finish, then closes the server (tests, benchmarks). */
  stop(): Promise<void>;
  /** Closes the server now, dropping open connections (Ctrl-C). */
  close(): Promise<void>;
}

export async function startPublisherService(settings: PublisherSettings): Promise<LiveSite> {
  const config = publisherConfig.parse(settings);
  const { strapiUrl, siteTokenFile, root, quiet } = config;
  const releases = new Releases(root);
  const publisher = new Publisher({
    releases,
    debounceMs: config.debounceMs,
    build: (outDir) => buildSite({ strapiUrl, tokenFile: siteTokenFile, outDir, quiet }).then(() => undefined),
    report: reportToStrapi(strapiUrl, config.statusTokenFile),
    log: (message) => console.log(`› publisher: ${message}`),
  });
  publisher.schedule(0);
  await publisher.whenIdle();
  if (publisher.status().state !== 'live') throw new Error(`The first build failed:\n${publisher.status().message}`);
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
    stop: async () => {
      await publisher.whenIdle();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
