import path from 'node:path';
import type { Server } from 'node:http';
import type { CmsInstance } from './cms.ts';
import { changesPublicContent, Publisher } from './publisher.ts';
import { PreviewServer } from './preview.ts';
import { Releases } from './releases.ts';
import { buildSite } from './site-build.ts';
import { reportToStrapi, startSiteServer } from './site-server.ts';

/**
 * The site as `npm start` and the tests run it: a first build made live, then a publisher that rebuilds on
 * Strapi's webhook and switches releases atomically, served on `port`. Strapi must be started with
 * publishHookUrl = `${siteUrl}/_publish/hook` (see cmsInstance).
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

export async function startLiveSite({ cms, root, port, quiet = false }: { cms: CmsInstance; root: string; port: number; quiet?: boolean }): Promise<LiveSite> {
  const releases = new Releases(root);
  const publisher = new Publisher({
    releases,
    debounceMs: Number(process.env.PUBLISH_DEBOUNCE_MS ?? 1000),
    build: (outDir) => buildSite({ strapiUrl: cms.url, tokenFile: cms.tokenFile, outDir, quiet }).then(() => undefined),
    report: reportToStrapi(cms.url, cms.publisherTokenFile),
    log: (message) => console.log(`› publisher: ${message}`),
  });
  publisher.schedule(0);
  await publisher.whenIdle();
  if (publisher.status().state !== 'live') throw new Error(`The first build failed:\n${publisher.status().message}`);
  const preview = new PreviewServer({ cms, releases: new Releases(path.join(root, 'preview')), secret: cms.previewSecret });
  const server = await startSiteServer(
    {
      siteDir: path.join(root, 'current'),
      publisher,
      webhookSecret: cms.webhookSecret,
      onContentEvent: (event) => changesPublicContent(event) && preview.markStale(),
      preview: (request, response) => preview.handle(request, response),
    },
    port,
  );
  return {
    server,
    publisher,
    releases,
    url: `http://127.0.0.1:${port}`,
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
