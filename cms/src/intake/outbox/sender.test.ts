import { describe, expect, it } from 'vitest';
import { retryDelay, withoutAddresses } from './sender';

describe('the outbox sender', () => {
  it('waits longer after each refusal, up to its limit', () => {
    const settings = { retryBaseMs: 5_000, retryMaxMs: 15 * 60_000 };
    expect([1, 2, 3, 4, 8, 9, 50].map((attempt) => retryDelay(attempt, settings))).toEqual([5_000, 10_000, 20_000, 40_000, 640_000, 900_000, 900_000]);
  });

  it('keeps no address in what it logs of a refusal', () => {
    expect(withoutAddresses('550 5.1.1 <maria@example.ru>: Recipient address rejected')).toBe('550 5.1.1 <<address>>: Recipient address rejected');
  });
});
