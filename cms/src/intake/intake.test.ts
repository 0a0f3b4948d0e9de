import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashAccessCode, newAccessCode, verifyAccessCode } from './access-code';
import knexFactory, { type Knex } from 'knex';
import { ensureRateLimitTable, RateLimiter, sweepRateLimits } from './rate-limit';
import { openReceipt, sealReceipt } from './receipt-token';
import { t } from './i18n';

const secret = 'a-test-secret-of-enough-length';

describe('access codes', () => {
  it('look like K7QF-M3XP and use no confusable symbols', () => {
    for (let i = 0; i < 200; i += 1) expect(newAccessCode()).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });

  it('are stored salted and keyed, and verified in constant time', () => {
    const code = newAccessCode();
    const stored = hashAccessCode(code, secret);
    expect(stored).not.toContain(code);
    expect(hashAccessCode(code, secret)).not.toBe(stored);
    expect(verifyAccessCode(code, stored, secret)).toBe(true);
    expect(verifyAccessCode('AAAA-AAAA', stored, secret)).toBe(false);
    expect(verifyAccessCode(code, stored, 'another-secret-of-enough-length')).toBe(false);
    expect(verifyAccessCode(code, 'garbage', secret)).toBe(false);
  });
});

describe('rate limiter', () => {
  // The real store: a database (SQLite in memory here; the API tests run it on PostgreSQL with two replicas).
  let knex: Knex;
  beforeAll(async () => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await ensureRateLimitTable(knex);
  });
  afterAll(() => knex.destroy());

  it('allows max hits per window, then says how long to wait; two limiters on one database count together', async () => {
    const limiter = new RateLimiter(knex, 'appeals', { max: 2, windowSeconds: 60 });
    const replica = new RateLimiter(knex, 'appeals', { max: 2, windowSeconds: 60 });
    expect([await limiter.hit('a', 0), await replica.hit('a', 1000), await limiter.hit('a', 2000)]).toEqual([0, 0, 58]);
    expect(await limiter.hit('b', 2000)).toBe(0);
    expect(await replica.blocked('a', 3000)).toBe(57);
    expect(await new RateLimiter(knex, 'readings', { max: 2, windowSeconds: 60 }).blocked('a', 3000)).toBe(0);
    expect(await replica.hit('a', 61_000)).toBe(0);
    expect(await sweepRateLimits(knex, 200_000)).toBe(2);
  });
});

describe('sealed receipts', () => {
  it('round-trip, and refuse tampering and expiry', () => {
    const token = sealReceipt({ number: '2026-000001', code: 'K7QF-M3XP' }, secret, 0);
    expect(token).not.toContain('K7QF');
    expect(openReceipt(token, secret, 1000)).toEqual({ number: '2026-000001', code: 'K7QF-M3XP' });
    expect(openReceipt(token, secret, 3_600_001)).toBeNull();
    expect(openReceipt(`${token.slice(0, -2)}AA`, secret, 1000)).toBeNull();
    expect(openReceipt(token, 'another-secret-of-enough-length', 1000)).toBeNull();
    expect(openReceipt('x', secret)).toBeNull();
  });
});

describe('CMS strings', () => {
  it('fill placeholders in the visitor’s language, falling back to Russian', () => {
    expect(t('tt', 'status.result.title', { number: '2026-000001' })).toBe('№ 2026-000001 мөрәҗәгать');
    expect(t('ru', 'status.result.title', { number: '2026-000001' })).toBe('Обращение № 2026-000001');
    expect(t('tt', 'no.such.key')).toBe('no.such.key');
  });
});
