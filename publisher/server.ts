import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import sirv from 'sirv';
import type { Publisher, WebhookEvent } from './publisher.ts';

/**
 * The local web server of `npm start` and the tests: serves the live release as a plain static host would
 * (the `current` symlink is followed on every request, so a new release is picked up atomically), receives
 * Strapi's webhook at /_publish/hook, reports the publisher's state at /_publish/status, answers a supervisor's
 * or load balancer's probes at /_publish/health and /_publish/ready, and hands /preview/ to the preview server
 * when there is one. In production a web server or CDN serves the files and the publisher runs beside Strapi;
 * the routes stay the same.
 */
export interface SiteServerOptions {
  /** The live site's directory (the releases' `current` symlink). */
  siteDir: string;
  publisher: Publisher;
  /** Shared with Strapi's webhook (Authorization: Bearer …). */
  webhookSecret: string;
  onContentEvent?(event: WebhookEvent): void;
  preview?(request: IncomingMessage, response: ServerResponse): void | Promise<void>;
}

const MAX_HOOK_BYTES = 1024 * 1024;

export interface Readiness {
  ready: boolean;
  /** Why not, in a few words (never a path, a token or a build's output). */
  reason?: string;
}

/**
 * Ready means there is a site to serve: `current` resolves to a release with its index.html. The publisher's
 * own state does not enter into it — a build in progress or a failed last build leaves the last good release
 * live (Releases switches atomically and never touches `current` on failure), so the site is served all the
 * while and taking the service out of rotation would only turn a stale page into an error. What makes it
 * unready is the live site itself missing: before the first release, or `current` dangling or emptied by hand.
 */
export function readiness(siteDir: string): Readiness {
  if (!existsSync(siteDir)) return { ready: false, reason: 'no live release' };
  try {
    if (statSync(path.join(siteDir, 'index.html')).isFile()) return { ready: true };
  } catch {
    // fall through: no index
  }
  return { ready: false, reason: 'the live release has no index.html' };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_HOOK_BYTES) throw new Error('payload too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export function startSiteServer(options: SiteServerOptions, port: number, host = '127.0.0.1'): Promise<Server> {
  const files = sirv(options.siteDir, { dev: true, etag: true, extensions: ['html'], brotli: true, gzip: true });
  const notFound = () => path.join(options.siteDir, '404.html');
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/_publish/hook') {
      if (request.method !== 'POST') return json(response, 405, { error: 'POST only' });
      if (!sameSecret(request.headers.authorization ?? '', `Bearer ${options.webhookSecret}`)) return json(response, 401, { error: 'unauthorized' });
      let event: WebhookEvent;
      try {
        event = (await readJson(request)) as WebhookEvent;
      } catch {
        return json(response, 400, { error: 'invalid JSON' });
      }
      options.onContentEvent?.(event);
      return json(response, 202, { rebuild: options.publisher.notify(event) });
    }
    if (url.pathname === '/_publish/health' || url.pathname === '/_publish/ready') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        return json(response, 405, { error: 'GET or HEAD only' });
      }
      // Liveness: answering at all is the proof. A monitor restarts a process that stops answering; systemd one that exits.
      if (url.pathname === '/_publish/health') return json(response, 200, { status: 'ok' });
      // Readiness: whether this instance has a site to serve (see readiness()); the state is told for information.
      const { ready, reason } = readiness(options.siteDir);
      const { state, liveSince } = options.publisher.status();
      return json(response, ready ? 200 : 503, ready ? { status: 'ready', state, liveSince } : { status: 'unready', reason, state, liveSince });
    }
    if (url.pathname === '/_publish/status') return json(response, 200, options.publisher.status());
    if (url.pathname.startsWith('/preview/') && options.preview) return options.preview(request, response);
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(existsSync(notFound()) ? readFileSync(notFound()) : 'Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Writes the publisher's state into Strapi's «Публикация сайта», where editors see it. */
export function reportToStrapi(cmsUrl: string, tokenFile: string) {
  return async (status: import('./publisher.ts').PublishStatus) => {
    if (status.state === 'idle' || status.state === 'waiting' || !existsSync(tokenFile)) return;
    const response = await fetch(`${cmsUrl}/api/build-status`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${readFileSync(tokenFile, 'utf8').trim()}` },
      body: JSON.stringify({
        data: {
          state: status.state,
          startedAt: status.startedAt,
          finishedAt: status.finishedAt,
          durationSeconds: status.durationSeconds,
          liveSince: status.liveSince,
          message: status.message,
        },
      }),
    });
    if (!response.ok) throw new Error(`Strapi answered ${response.status} to the build status`);
  };
}
