import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../scripts/lib/site-build.ts';
import { PAGE_TYPES, stack, TEST_RUN_DIR } from '../helpers/stack.ts';
import { startNginx } from '../helpers/nginx.ts';
import { ru } from '../../cms/src/shared/i18n/ru.ts';
import { tt } from '../../cms/src/shared/i18n/tt.ts';

/**
 * Production's front (issue 17): Debian's nginx with deploy/nginx/tes.conf in front of a real build — made as
 * production makes it, its forms posting to the site's own origin (PUBLIC_CMS_URL empty) — and the test's real
 * Strapi as the intake's upstream. Each point of the configuration, and every page type working under its
 * Content-Security-Policy with no violation in Chromium.
 */
const NGINX_PORT = Number(process.env.TEST_NGINX_PORT ?? 4380);
let nginx: Awaited<ReturnType<typeof startNginx>>;
let siteDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const { cmsUrl, tokenFile } = stack();
  siteDir = path.join(TEST_RUN_DIR, 'nginx-site');
  await buildSite({ strapiUrl: cmsUrl, tokenFile, outDir: siteDir, publicCmsUrl: '', quiet: true });
  nginx = await startNginx({ dir: path.join(TEST_RUN_DIR, 'nginx'), port: NGINX_PORT, siteDir, upstreams: [new URL(cmsUrl).host] });
});

test.afterAll(async () => {
  await nginx?.stop();
});

const get = (urlPath: string, headers: Record<string, string> = {}) => fetch(`${nginx.url}${urlPath}`, { headers, redirect: 'manual' });

test('serves the precompressed files, caches hashed assets for good and pages briefly, and answers 404 with the 404 page', async () => {
  const br = await get('/ru/tariffs/', { 'Accept-Encoding': 'br' });
  expect(br.headers.get('content-encoding')).toBe('br');
  expect(br.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
  expect(await br.text()).toContain(ru['tariffs.title']);
  const gz = await get('/ru/tariffs/', { 'Accept-Encoding': 'gzip' });
  expect(gz.headers.get('content-encoding')).toBe('gzip');
  expect(gz.headers.get('vary')).toContain('Accept-Encoding');

  const asset = readdirSync(path.join(siteDir, '_astro')).find((file) => file.endsWith('.js'))!;
  const script = await get(`/_astro/${asset}`, { 'Accept-Encoding': 'br' });
  expect(script.status).toBe(200);
  expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

  const missing = await get('/ru/no-such-page/');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('Страница не найдена');
  expect((await get('/_nginx/csp.conf')).status).toBe(404);
});

test('«/» goes to the language the browser prefers: Tatar when it comes first or Russian is not named, else Russian', async () => {
  const cases: Array<[string | null, string]> = [
    ['tt-RU,tt;q=0.9,ru;q=0.8', '/tt/'],
    ['tt', '/tt/'],
    ['en-US,tt;q=0.5', '/tt/'],
    ['ru-RU,ru;q=0.9,tt;q=0.8', '/ru/'],
    ['en-US,en;q=0.9', '/ru/'],
    [null, '/ru/'],
  ];
  for (const [language, target] of cases) {
    const response = await get('/', language ? { 'Accept-Language': language } : {});
    expect([language, response.status, response.headers.get('location')]).toEqual([language, 302, target]);
    expect(response.headers.get('vary')).toContain('Accept-Language');
  }
});

test('every answer carries the security headers; the policy allows no inline script but the release’s own, and geolocation only on the finder', async () => {
  const hashes = /set \$tes_script_hashes "([^"]*)";/.exec(readFileSync(path.join(siteDir, '_nginx', 'csp.conf'), 'utf8'))![1]!;
  expect(hashes.split(' ').length).toBeGreaterThan(2);
  for (const urlPath of ['/ru/', '/tt/offices/', '/ru/no-such-page/', '/', '/api/intake/estimate?lang=ru']) {
    const response = await get(urlPath);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp, urlPath).toContain("frame-ancestors 'none'");
    expect(response.headers.getSetCookie?.() ?? []).toEqual([]);
    if (urlPath.startsWith('/api/intake/')) {
      // The CMS's own page for a visitor without JavaScript: its stricter policy, no script at all.
      expect(csp).toContain("default-src 'none'");
    } else {
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).toContain(hashes);
    }
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain(urlPath === '/tt/offices/' ? 'geolocation=(self)' : 'geolocation=()');
  }
});

test('the intake is proxied to Strapi, limited per address; the admin and the rest of Strapi’s API are not on the public host', async () => {
  const estimate = await get('/api/intake/estimate?lang=ru');
  expect(estimate.status).toBe(200);
  expect(estimate.headers.get('cache-control')).toBe('no-store');
  for (const urlPath of ['/admin', '/admin/', '/api/companies', '/api/appeals', '/content-manager/collection-types', '/upload/files', '/_publish/status'])
    expect([urlPath, (await get(urlPath)).status]).toEqual([urlPath, 404]);

  // A burst from one address: nginx answers 429 itself before Strapi is asked (rate 30/min, burst 20).
  const statuses = await Promise.all(Array.from({ length: 40 }, () => get('/api/intake/estimate?lang=tt').then((response) => response.status)));
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
  // The burst's 20 allowed at once, less the few this run's earlier requests from the same address used.
  expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(15);
  expect(nginx.errorLog()).toContain('limiting requests');
});

/** Loads a page as a visitor, collecting every Content-Security-Policy violation and console error. */
async function visit(page: Page, urlPath: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Permissions-Policy/.test(message.text())) problems.push(`${urlPath}: ${message.text()}`);
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)));
  await page.goto(`${nginx.url}${urlPath}`);
  await page.waitForLoadState('networkidle');
  return problems;
}

test('every page type works under the policy: no violation in Chromium, the islands hydrate, search runs, the finder filters', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  // Map tiles come from the internet, which the tests do not have.
  await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  const problems: string[] = [];
  for (const locale of ['ru', 'tt'] as const)
    for (const type of PAGE_TYPES) {
      const page = await context.newPage();
      problems.push(...(await visit(page, `/${locale}/${type}`)));
      if (type === 'search/') {
        await page
          .getByRole('searchbox')
          .first()
          .fill(locale === 'ru' ? 'показания' : 'күрсәткечләр');
        await page.keyboard.press('Enter');
        await expect(page.locator('#search-results li').first()).toBeVisible();
      }
      if (type === 'offices/') {
        await expect(page.locator('form.finder-filters[data-hydrated]')).toBeVisible();
        await page.getByRole('button', { name: (locale === 'ru' ? ru : tt)['offices.map.show'] }).click();
        await expect(page.locator('.leaflet-container')).toBeVisible();
      }
      if (type === 'services/meter-work/') await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
      await page.close();
    }
  await context.close();
  expect(problems).toEqual([]);
});

test('an appeal sent through nginx is registered: the island posts to the site’s own origin, Strapi answers with a receipt', async ({ page }) => {
  const problems = await visit(page, '/ru/appeal/');
  await expect(page.locator('form.intake-form[data-hydrated]')).toHaveCount(1);
  await page.getByLabel(ru['appeal.field.name.label']).fill('Петров Пётр');
  await page.getByRole('radio', { name: ru['appeal.field.replyChannel.option.phone'] }).check();
  await page.getByLabel(ru['appeal.field.phone.label']).fill('8 917 000-00-00');
  await page.getByRole('radio', { name: ru['appeal.field.topic.option.other'] }).check();
  await page.getByLabel(ru['appeal.field.text.label']).fill('Проверка через nginx.');
  await page.getByLabel(ru['appeal.field.consent.label']).check();
  const posted = page.waitForRequest((request) => request.method() === 'POST');
  await page.getByRole('button', { name: ru['appeal.submit'] }).click();
  expect(new URL((await posted).url()).origin).toBe(nginx.url);
  await expect(page.locator('[data-receipt="number"]')).toBeVisible();
  expect(problems).toEqual([]);
});
