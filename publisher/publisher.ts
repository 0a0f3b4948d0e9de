import { PUBLIC_CONTENT_TYPES } from '../cms/src/shared/public-types.ts';
import type { Releases } from './releases.ts';

/**
 * Publish → live. Strapi calls the webhook on every content event; only publishing, unpublishing or deleting
 * public content rebuilds the site (an appeal, a meter reading or the build status never does). Events that
 * arrive close together — an editor publishing both languages, a bulk publish — are debounced into one build, and
 * a change during a build queues exactly one more. A good build goes live atomically (Releases); a failed one
 * leaves the last good site live, and the reason is recorded for editors.
 */

export interface WebhookEvent {
  event: string;
  uid?: string;
  model?: string;
}

const LIVE_EVENTS = new Set(['entry.publish', 'entry.unpublish', 'entry.delete']);
const PUBLIC = new Set<string>(PUBLIC_CONTENT_TYPES);

/** True when the event changes what the public site shows. */
export const changesLiveSite = (event: WebhookEvent): boolean => LIVE_EVENTS.has(event.event) && PUBLIC.has(event.uid ?? '');

/** True when the event changes public content at all (drafts included): the preview is then out of date. */
export const changesPublicContent = (event: WebhookEvent): boolean => event.event.startsWith('entry.') && PUBLIC.has(event.uid ?? '');

export interface PublishStatus {
  state: 'idle' | 'waiting' | 'building' | 'live' | 'failed';
  /** When the live site was last replaced. */
  liveSince: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationSeconds: number | null;
  /** Why the last build failed, in the build's own words. */
  message: string | null;
  builds: number;
}

export interface PublisherOptions {
  releases: Releases;
  /** Builds the site into the given empty directory; rejects on any failure (including the site's own checks). */
  build(outDir: string): Promise<void>;
  /** Quiet period before a build starts, to gather a burst of events into one build. */
  debounceMs?: number;
  /** Told of every state change (e.g. to write it into Strapi for editors). */
  report?(status: PublishStatus): Promise<void> | void;
  log?(message: string): void;
}

export class Publisher {
  private readonly options: PublisherOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pending = false;
  private current: PublishStatus = { state: 'idle', liveSince: null, startedAt: null, finishedAt: null, durationSeconds: null, message: null, builds: 0 };
  private idleWaiters: Array<() => void> = [];
  private reporting: Promise<unknown> = Promise.resolve();

  constructor(options: PublisherOptions) {
    this.options = options;
  }

  status(): PublishStatus {
    return { ...this.current };
  }

  /** Handles one webhook event; returns whether it will rebuild the live site. */
  notify(event: WebhookEvent): boolean {
    if (!changesLiveSite(event)) return false;
    this.schedule();
    return true;
  }

  /** Asks for a build after the debounce period (also used for the first build). */
  schedule(delayMs = this.options.debounceMs ?? 1000): void {
    this.pending = true;
    if (this.running) return; // the build in progress will start one more when it ends
    clearTimeout(this.timer);
    if (this.current.state !== 'building') this.update({ state: 'waiting' });
    this.timer = setTimeout(() => void this.runPending(), delayMs);
  }

  /** Resolves when no build is waiting or running. */
  async whenIdle(): Promise<void> {
    // Idle includes having told Strapi how the last build went (reports go out in order, one at a time).
    if (this.pending || this.running || this.timer) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    await this.reporting;
  }

  private update(change: Partial<PublishStatus>) {
    this.current = { ...this.current, ...change };
    const status = this.status();
    this.reporting = this.reporting.then(() => this.options.report?.(status)).catch((error: Error) => this.options.log?.(`status report failed: ${error.message}`));
  }

  private async runPending(): Promise<void> {
    this.timer = undefined;
    while (this.pending) {
      this.pending = false;
      this.running = this.buildOnce();
      await this.running;
      this.running = undefined;
    }
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async buildOnce(): Promise<void> {
    const { releases } = this.options;
    const started = new Date();
    this.update({ state: 'building', startedAt: started.toISOString(), finishedAt: null, durationSeconds: null });
    const dir = releases.next();
    try {
      await this.options.build(dir);
      releases.activate(dir);
      releases.prune();
      const finished = new Date();
      this.update({
        state: 'live',
        liveSince: finished.toISOString(),
        finishedAt: finished.toISOString(),
        durationSeconds: (finished.getTime() - started.getTime()) / 1000,
        message: null,
        builds: this.current.builds + 1,
      });
      this.options.log?.(`site rebuilt and live in ${((finished.getTime() - started.getTime()) / 1000).toFixed(1)} s`);
    } catch (error) {
      releases.discard(dir);
      const finished = new Date();
      this.update({
        state: 'failed',
        finishedAt: finished.toISOString(),
        durationSeconds: (finished.getTime() - started.getTime()) / 1000,
        message: String((error as Error).message ?? error).slice(0, 4000),
        builds: this.current.builds + 1,
      });
      this.options.log?.(`build failed, the previous site stays live: ${(error as Error).message}`);
    }
  }
}
