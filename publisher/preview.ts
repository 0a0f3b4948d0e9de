import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { buildSite } from '../scripts/lib/site-build.ts';
import { entryUrl } from '../site/lib/entry-urls.ts';
import { pathTo } from '../site/lib/routes.ts';
import { CONTENT_TYPES } from '../site/schemas/index.ts';
import type { Releases } from './releases.ts';

/**
 * Strapi's Preview button opens /preview/open?uid&documentId&locale&secret. With the right secret the visitor
 * gets a preview cookie and is sent to the draft rendered by the site's own layout: a build of the whole site
 * from the latest drafts, mounted under /preview, made on demand when content changed since the last one.
 * Without the secret nothing under /preview is served; every preview response says noindex.
 */
const COOKIE = 'tes_preview';
const COLLECTION_BY_UID = new Map(Object.entries(CONTENT_TYPES).map(([collection, type]) => [type.uid, { collection, type }]));

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class PreviewServer {
  private readonly strapiUrl: string;
  private readonly tokenFile: string;
  private readonly releases: Releases;
  private readonly secret: string;
  private stale = true;
  private building: Promise<void> | undefined;
  private files: ReturnType<typeof sirv> | undefined;

  constructor({ strapiUrl, tokenFile, releases, secret }: { strapiUrl: string; tokenFile: string; releases: Releases; secret: string }) {
    this.strapiUrl = strapiUrl;
    this.tokenFile = tokenFile;
    this.releases = releases;
    this.secret = secret;
  }

  /** Any change to public content (drafts included) makes the next preview rebuild. */
  markStale(): void {
    this.stale = true;
  }

  private cookieValue(): string {
    return createHmac('sha256', this.secret).update('preview').digest('hex');
  }

  private async fresh(): Promise<void> {
    while (this.stale || this.building) {
      if (!this.building) {
        this.stale = false;
        const dir = this.releases.next();
        this.building = buildSite({ strapiUrl: this.strapiUrl, tokenFile: this.tokenFile, outDir: dir, quiet: true, preview: true })
          .then(() => {
            this.releases.activate(dir);
            this.releases.prune(0);
            this.files = sirv(path.join(this.releases.root, 'current'), { dev: true, extensions: ['html'], brotli: true, gzip: true });
          })
          .catch((error: Error) => {
            this.releases.discard(dir);
            this.stale = true;
            throw error;
          })
          .finally(() => {
            this.building = undefined;
          });
      }
      await this.building;
    }
  }

  /** The page of a draft, from its content type and documentId. */
  private async pagePath(uid: string, documentId: string, locale: 'ru' | 'tt'): Promise<string> {
    const known = COLLECTION_BY_UID.get(uid);
    if (!known) throw new Error(`No page shows ${uid}`);
    const { collection, type } = known;
    if (type.kind === 'singleType') return `/preview${entryUrl(collection, locale, undefined)}`;
    const fields = collection === 'faqItems' ? '&fields[0]=slug&fields[1]=topic' : '&fields[0]=slug';
    const query = `locale=${locale}&status=draft&filters[documentId][$eq]=${encodeURIComponent(documentId)}${fields}`;
    const response = await fetch(`${this.strapiUrl}/api/${type.pluralName}?${query}`, {
      headers: { Authorization: `Bearer ${readFileSync(this.tokenFile, 'utf8').trim()}` },
    });
    const entry = ((await response.json()) as { data?: Array<{ slug?: string; topic?: string }> }).data?.[0];
    if (!entry?.slug) throw new Error(`No ${locale} draft of ${documentId}`);
    // A question is shown on its topic's page.
    if (collection === 'faqItems' && entry.topic) return `/preview${pathTo(locale, 'faq', entry.topic)}#${entry.slug}`;
    return `/preview${entryUrl(collection, locale, entry.slug)}`;
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/preview/open') {
      if (!same(url.searchParams.get('secret') ?? '', this.secret)) return send(403, 'Предварительный просмотр доступен только из админки.');
      const locale = url.searchParams.get('locale') === 'tt' ? 'tt' : 'ru';
      try {
        const target = await this.pagePath(url.searchParams.get('uid') ?? '', url.searchParams.get('documentId') ?? '', locale);
        await this.fresh();
        response.writeHead(302, {
          Location: target,
          'Set-Cookie': `${COOKIE}=${this.cookieValue()}; Path=/preview/; HttpOnly; SameSite=Lax`,
          'X-Robots-Tag': 'noindex, nofollow',
          'Cache-Control': 'no-store',
        });
        return void response.end();
      } catch (error) {
        return send(500, `Не удалось собрать предварительный просмотр: ${(error as Error).message}`);
      }
    }
    const cookie = /(?:^|;\s*)tes_preview=([a-f0-9]+)/.exec(request.headers.cookie ?? '')?.[1] ?? '';
    if (!same(cookie, this.cookieValue())) return send(403, 'Предварительный просмотр доступен только из админки.');
    await this.fresh().catch(() => undefined);
    if (!this.files || !existsSync(path.join(this.releases.root, 'current'))) return send(503, 'Предварительный просмотр ещё не собран.');
    response.setHeader('X-Robots-Tag', 'noindex, nofollow');
    response.setHeader('Cache-Control', 'no-store');
    request.url = (request.url ?? '/').replace(/^\/preview/, '') || '/';
    this.files(request, response, () => send(404, 'Нет такой страницы в предварительном просмотре.'));
  }
}
