import { expect, type Page } from '@playwright/test';
import { stack } from './stack.ts';

/**
 * Talks to the real Strapi admin API the way the admin panel does (log in, content-manager endpoints), so the
 * tests exercise what an editor's clicks do — not a shortcut around it.
 */
const sessions = new Map<string, StrapiAdmin>();

export class StrapiAdmin {
  private readonly url: string;
  private readonly token: string;
  /** A user made by createUser: what they type to log in to the admin in a browser. */
  credentials?: { email: string; password: string };

  private constructor(url: string, token: string) {
    this.url = url;
    this.token = token;
  }

  /** Logs in as the run's administrator, or as `as` on the Strapi at `cmsUrl` (default: the seeded SQLite one). */
  static async login(target?: { cmsUrl: string; admin: { email: string; password: string } }): Promise<StrapiAdmin> {
    const { cmsUrl, admin } = target ?? stack();
    // One login per user and Strapi for the whole worker: Strapi rate-limits logins (5 per address and e-mail).
    const key = `${cmsUrl} ${admin.email}`;
    const cached = sessions.get(key);
    if (cached) return cached;
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    if (!response.ok) throw new Error(`admin login failed: ${response.status}`);
    const { data } = (await response.json()) as { data: { token: string } };
    const session = new StrapiAdmin(cmsUrl, data.token);
    sessions.set(key, session);
    return session;
  }

  async request<T = { data: Record<string, unknown> }>(method: string, path: string, body?: object): Promise<T> {
    const response = await this.raw(method, path, body);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** The response itself, for tests that expect a refusal. */
  raw(method: string, path: string, body?: object): Promise<Response> {
    return fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
  }

  /** How many entries of a collection type exist, as the admin's list view counts them. */
  async count(uid: string, filters = ''): Promise<number> {
    const { pagination } = await this.request<{ pagination: { total: number } }>('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=1${filters}`);
    return pagination.total;
  }

  /**
   * Creates an admin user with the role of this `code` and logs in as them, the way an invited colleague does
   * (invitation → registration with the token).
   */
  async createUser(roleCode: string, email: string): Promise<StrapiAdmin> {
    const { data: roles } = await this.request<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles');
    const role = roles.find((candidate) => candidate.code === roleCode);
    if (!role) throw new Error(`no admin role ${roleCode}`);
    const { data: user } = await this.request<{ data: { registrationToken: string } }>('POST', '/admin/users', { firstname: 'Test', lastname: roleCode, email, roles: [role.id] });
    const password = `Test-${Math.random().toString(36).slice(2)}-1A`;
    const registered = await fetch(`${this.url}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registrationToken: user.registrationToken, userInfo: { firstname: 'Test', lastname: roleCode, password } }),
    });
    if (!registered.ok) throw new Error(`registering ${email}: ${registered.status} ${await registered.text()}`);
    const session = await StrapiAdmin.login({ cmsUrl: this.url, admin: { email, password } });
    session.credentials = { email, password };
    return session;
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

/** Logs `credentials` in to the admin in a real browser page (its guided tour skipped whenever it shows), and waits for the panel. */
export async function logInToAdmin(page: Page, cmsUrl: string, credentials: { email: string; password: string }): Promise<void> {
  await page.addLocatorHandler(page.getByRole('button', { name: 'Пропустить' }), (skip) => skip.click());
  await page.goto(`${cmsUrl}/admin/auth/login`);
  // The admin speaks Russian from the first screen.
  await expect(page.getByRole('heading', { name: 'Добро пожаловать в Strapi!' })).toBeVisible();
  await page.getByLabel(/mail/i).fill(credentials.email);
  await page
    .getByLabel(/пароль/i)
    .first()
    .fill(credentials.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
}
