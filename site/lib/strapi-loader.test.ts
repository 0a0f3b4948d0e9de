import { afterEach, describe, expect, it, vi } from 'vitest';
import { faqItem } from '../schemas/faq-item.ts';
import { company } from '../schemas/company.ts';
import { fetchAll, strapiLoader, StrapiLoadError } from './strapi-loader.ts';

/** A unit test of the loader alone: Strapi is replaced by a fake fetch that pages like Strapi does. */

const faq = (n: number, locale: string) => ({
  id: n,
  documentId: `doc${n}`,
  locale,
  slug: `q-${n}`,
  question: `Вопрос ${n}`,
  answer: 'Ответ',
  topic: 'other',
  order: n,
  disclosures: [{ id: 1, code: 'D20' }],
  source: 'example',
  isExample: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  publishedAt: '2026-01-02T00:00:00.000Z',
});

function fakeStrapi(total: number, { broken }: { broken?: (entry: ReturnType<typeof faq>) => object } = {}) {
  const requests: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    requests.push(input);
    const url = new URL(input);
    const locale = url.searchParams.get('locale')!;
    const page = Number(url.searchParams.get('pagination[page]'));
    const size = Number(url.searchParams.get('pagination[pageSize]'));
    const wanted = [...url.searchParams].filter(([key]) => key.startsWith('filters[documentId][$in]')).map(([, value]) => value);
    const all = Array.from({ length: total }, (_, i) => faq(i + 1, locale))
      .map((entry) => (broken && locale === 'tt' && entry.id === 3 ? broken(entry) : entry))
      .filter((entry) => wanted.length === 0 || wanted.includes((entry as { documentId: string }).documentId));
    const data = all.slice((page - 1) * size, page * size);
    return new Response(JSON.stringify({ data, meta: { pagination: { page, pageSize: size, pageCount: Math.ceil(all.length / size), total: all.length } } }));
  });
  return requests;
}

function fakeStore() {
  const entries = new Map<string, unknown>();
  const metaValues = new Map<string, string>();
  return {
    entries,
    store: {
      set: ({ id, data }: { id: string; data: unknown }) => (entries.set(id, data), true),
      get: (id: string) => (entries.has(id) ? { id, data: entries.get(id) } : undefined),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
    },
    meta: { get: (key: string) => metaValues.get(key), set: (key: string, value: string) => void metaValues.set(key, value) },
  };
}
const context = (fake: ReturnType<typeof fakeStore>) =>
  ({ store: fake.store, meta: fake.meta, generateDigest: (value: unknown) => JSON.stringify(value).length.toString(36), logger: { info() {} } }) as never;

const connection = () => ({ url: 'http://strapi.test', token: 'read-only' });

afterEach(() => vi.unstubAllGlobals());

describe('strapi loader', () => {
  it('reads every page, never stopping at Strapi’s page size', async () => {
    const requests = fakeStrapi(250);
    const entries = await fetchAll(connection(), faqItem, 'ru');
    expect(entries).toHaveLength(250);
    expect(requests).toHaveLength(3);
    expect(requests[0]).toContain('status=published');
    expect(requests[0]).toContain('populate[disclosures]=true');
    expect(requests.join()).not.toContain('populate=*');
  });

  it('loads both locales into the store under locale/slug and drops entries gone from Strapi', async () => {
    fakeStrapi(2);
    const fake = fakeStore();
    await strapiLoader(faqItem, connection).load(context(fake));
    fake.entries.set('ru/removed', {});
    await strapiLoader(faqItem, connection).load(context(fake));
    expect([...fake.entries.keys()].sort()).toEqual(['ru/q-1', 'ru/q-2', 'tt/q-1', 'tt/q-2']);
  });

  it('stops on an entry that breaks the schema, naming the entry and the field', async () => {
    fakeStrapi(5, { broken: (entry) => ({ ...entry, topic: 'weather' }) });
    const load = strapiLoader(faqItem, connection).load(context(fakeStore()));
    await expect(load).rejects.toThrow(/faq-items "tt\/q-3" \(documentId doc3\) does not match the site's schema: field "topic"/);
  });

  it('fails with a clear message when Strapi is unreachable', async () => {
    vi.stubGlobal('fetch', async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    });
    await expect(fetchAll(connection(), company, 'ru')).rejects.toThrow(StrapiLoadError);
    await expect(fetchAll(connection(), company, 'ru')).rejects.toThrow(/Cannot reach Strapi at http:\/\/strapi.test \(connect ECONNREFUSED/);
  });

  it('names the token when Strapi refuses it', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 401, statusText: 'Unauthorized' }));
    await expect(fetchAll(connection(), faqItem, 'ru')).rejects.toThrow(/401 .*STRAPI_TOKEN/);
  });
});

describe('both languages', () => {
  it('stops when an entry is published in one language only, saying what to do', async () => {
    vi.stubGlobal('fetch', async (input: string) => {
      const url = new URL(input);
      const locale = url.searchParams.get('locale')!;
      const data = locale === 'ru' ? [faq(1, 'ru'), faq(2, 'ru')] : [faq(1, 'tt')];
      return new Response(JSON.stringify({ data, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: data.length } } }));
    });
    const load = strapiLoader(faqItem, connection).load(context(fakeStore()));
    await expect(load).rejects.toThrow('faq-items "q-2": published in ru but not in tt — publish the tt version too');
  });
});

describe('incremental loading', () => {
  it('fetches in full only the entries that changed since the stored copy', async () => {
    const requests = fakeStrapi(150);
    const fake = fakeStore();
    await strapiLoader(faqItem, connection).load(context(fake));
    const firstFull = requests.filter((url) => url.includes('populate')).length;
    requests.length = 0;
    await strapiLoader(faqItem, connection).load(context(fake));
    // Second build: listings only (2 pages × 2 locales), no full fetch, every entry still there.
    expect(requests.filter((url) => url.includes('populate'))).toEqual([]);
    expect(requests.every((url) => url.includes('fields[0]=slug'))).toBe(true);
    expect(fake.entries.size).toBe(300);
    expect(firstFull).toBeGreaterThan(0);
  });
});
