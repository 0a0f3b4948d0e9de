import { stack } from './stack.ts';

/**
 * Talks to the real Strapi admin API the way the admin panel does (log in, content-manager endpoints), so the
 * tests exercise what an editor's clicks do — not a shortcut around it.
 */
export class StrapiAdmin {
  private readonly url: string;
  private readonly token: string;

  private constructor(url: string, token: string) {
    this.url = url;
    this.token = token;
  }

  /** One login per test process: Strapi rate-limits admin logins (5 in a few minutes), as it should. */
  private static session: Promise<StrapiAdmin> | undefined;

  static login(): Promise<StrapiAdmin> {
    StrapiAdmin.session ??= StrapiAdmin.freshLogin();
    return StrapiAdmin.session;
  }

  private static async freshLogin(): Promise<StrapiAdmin> {
    const { cmsUrl, admin } = stack();
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    if (!response.ok) throw new Error(`admin login failed: ${response.status}`);
    const { data } = (await response.json()) as { data: { token: string } };
    return new StrapiAdmin(cmsUrl, data.token);
  }

  async request<T = { data: Record<string, unknown> }>(method: string, path: string, body?: object): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Creates the Russian draft of a new document; returns its documentId. */
  async createDraft(uid: string, data: object): Promise<string> {
    const { data: created } = await this.request('POST', `/content-manager/collection-types/${uid}?locale=ru`, data);
    return created.documentId as string;
  }

  /** Adds (or updates) a locale of a document as a draft, as the admin's locale switcher does. */
  async saveLocale(uid: string, documentId: string, locale: string, data: object): Promise<void> {
    await this.request('PUT', `/content-manager/collection-types/${uid}/${documentId}?locale=${locale}`, data);
  }

  async publish(uid: string, documentId: string, locale: string): Promise<void> {
    await this.request('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish?locale=${locale}`, {});
  }

  /** 'draft' or 'published' (or 'modified': published with unpublished changes), as the admin shows it. */
  async status(uid: string, documentId: string, locale: string): Promise<string> {
    const { data } = await this.request('GET', `/content-manager/collection-types/${uid}/${documentId}?locale=${locale}`);
    return data.status as string;
  }

  async remove(uid: string, documentId: string): Promise<void> {
    await this.request('DELETE', `/content-manager/collection-types/${uid}/${documentId}?locale=*`);
  }
}
