import type { RateLimit } from './config';

/**
 * Fixed-window counters per key (an address, an appeal number), in this process's memory. Enough for one Strapi
 * process; several processes each count on their own, so the proxy in front should limit too (README, "Deploying").
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly limit: RateLimit) {}

  /** Counts a hit; returns the seconds to wait when the key is over its limit, or 0. */
  hit(key: string, now = Date.now()): number {
    const window = this.current(key, now);
    window.count += 1;
    return window.count > this.limit.max ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  /** The seconds to wait if the key is already at its limit, without counting. */
  blocked(key: string, now = Date.now()): number {
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) return 0;
    return window.count >= this.limit.max ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  private current(key: string, now: number) {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 50_000) this.sweep(now);
      window = { count: 0, resetAt: now + this.limit.windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    return window;
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
