import type { Browser, BrowserContext, Page } from '@playwright/test';
import { stack } from './stack.ts';

/**
 * Talking to the intake as the site's islands do (JSON) or as a browser without JavaScript does (a form post),
 * each request from its own client address (X-Forwarded-For; the test Strapi trusts it), so the per-address
 * rate limits apply to each test as to one visitor.
 */
let counter = 0;
const base = Math.floor(Math.random() * 200) + 20;

/** A fresh client address for each call: 10.<run>.<x>.<y>. */
export function nextIp(): string {
  counter += 1;
  return `10.${base}.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}`;
}

export const databases = () => {
  const { cmsUrl, admin, filesDir, postgres } = stack();
  return [
    { name: 'SQLite', cmsUrl, admin, filesDir },
    { name: 'PostgreSQL', cmsUrl: postgres.cmsUrl, admin: postgres.admin, filesDir: postgres.filesDir },
  ] as const;
};

export interface PostOptions {
  ip?: string;
  contentType?: string | null;
  origin?: string;
  headers?: Record<string, string>;
}

export async function post(url: string, body: unknown, options: PostOptions = {}) {
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  // As the islands do: they ask for JSON (a multipart post that does not is a page's, answered with a page).
  const headers: Record<string, string> = {
    'x-forwarded-for': options.ip ?? nextIp(),
    accept: 'application/json',
    ...(contentType ? { 'content-type': contentType } : {}),
    ...options.headers,
  };
  if (options.origin) headers.origin = options.origin;
  const payload: string =
    typeof body === 'string' ? body : contentType === 'application/x-www-form-urlencoded' ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
  const response = await fetch(url, { method: 'POST', headers, body: payload, redirect: 'manual' });
  const text = await response.text();
  let json: { data?: Record<string, unknown> | null; error?: { details?: { errors?: Array<{ field: string; key: string }> } } } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* an HTML page, or nothing */
  }
  return { status: response.status, headers: response.headers, text, json, errors: json?.error?.details?.errors ?? [] };
}

export const validAppeal = (overrides: Record<string, unknown> = {}) => ({
  locale: 'ru',
  applicantType: 'individual',
  name: 'Иванова Мария Петровна',
  accountNumber: '1234567890',
  replyChannel: 'phone',
  phone: '8 917 123-45-67',
  topic: 'billing',
  text: 'Прошу пересчитать начисления за октябрь: показания были переданы вовремя.',
  consent: true,
  ...overrides,
});

export const validReading = (overrides: Record<string, unknown> = {}) => ({
  locale: 'tt',
  accountNumber: '1234567890',
  meterZones: 'day-night',
  readingDay: '12345',
  readingNight: '6789,5',
  ...overrides,
});

export const validMeterRequest = (overrides: Record<string, unknown> = {}) => ({
  locale: 'tt',
  meterWork: 'replace',
  premisesAddress: 'Арча, Тукай урамы, 5',
  applicantType: 'individual',
  name: 'Гарипов Әнвәр',
  accountNumber: '1234567890',
  phone: '8 917 123-45-67',
  consent: true,
  ...overrides,
});

/** A valid body of each typed request (contracts/requests.ts). */
export const validRequests = {
  'meter-work': validMeterRequest(),
  'e-bill': { locale: 'ru', applicantType: 'legal-entity', name: 'ООО «Ромашка»', contractNumber: '16-0001', email: 'buh@example.ru', consent: true },
  'tariff-variant': {
    locale: 'tt',
    meterZones: 'three-zone',
    tariffVariant: 'day-night',
    premisesAddress: 'Казан, Баумана урамы, 1',
    applicantType: 'individual',
    name: 'Сафина Алсу',
    accountNumber: '1234567890',
    phone: '89171234567',
    consent: true,
  },
  // Its documents are files: a JSON body carries none (see documentsProblem in contracts/requests.ts).
  'tariff-benefit': {
    locale: 'ru',
    benefit: 'large-family',
    premisesAddress: 'Казань, ул. Баумана, 1',
    name: 'Хасанова Гульнара Ильдаровна',
    accountNumber: '1234567890',
    phone: '8 917 123-45-67',
    consent: true,
  },
  // A new owner's re-registration; its documents are files too (two for a citizen).
  contract: {
    locale: 'tt',
    contractAction: 're-register',
    premisesAddress: 'Казан, Баумана урамы, 1, 5 нче фатир',
    ownedSince: '2026-10-01',
    transferReading: 'көндез 12345, төнлә 6789',
    applicantType: 'individual',
    name: 'Сафина Алсу',
    phone: '89171234567',
    consent: true,
  },
} as const;

export const APPEAL = 'api::appeal.appeal';
export const READING = 'api::meter-reading.meter-reading';

/** One visitor's browser (or page) for the intake: its own client address, so the per-address limits count it alone. */
export async function asOneVisitor(target: BrowserContext | Page): Promise<void> {
  const ip = nextIp();
  await target.route('**/api/intake/**', (route) => route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': ip } }));
}

/** A browser without JavaScript, as one visitor. */
export async function scriptlessContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await asOneVisitor(context);
  return context;
}
