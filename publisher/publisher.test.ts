import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changesLiveSite, changesPublicContent, Publisher } from './publisher.ts';
import { Releases } from './releases.ts';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

function setup({ fail = () => false, buildMs = 20 }: { fail?: (n: number) => boolean; buildMs?: number } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'tes-releases-'));
  roots.push(root);
  const releases = new Releases(root);
  let builds = 0;
  const publisher = new Publisher({
    releases,
    debounceMs: 30,
    async build(outDir) {
      builds += 1;
      const n = builds;
      await new Promise((resolve) => setTimeout(resolve, buildMs));
      if (fail(n)) throw new Error(`build ${n} failed: D14 missing in tt`);
      writeFileSync(path.join(outDir, 'index.html'), `build ${n}`);
    },
  });
  const live = () => readFileSync(path.join(releases.current, 'index.html'), 'utf8');
  return { publisher, releases, live, builds: () => builds };
}

const publish = (uid: string) => ({ event: 'entry.publish', uid });

describe('which events rebuild the site', () => {
  it('rebuilds on publish, unpublish or delete of public content only', () => {
    expect(changesLiveSite(publish('api::faq-item.faq-item'))).toBe(true);
    expect(changesLiveSite({ event: 'entry.unpublish', uid: 'api::tariff.tariff' })).toBe(true);
    expect(changesLiveSite({ event: 'entry.delete', uid: 'api::office.office' })).toBe(true);
    expect(changesLiveSite({ event: 'entry.update', uid: 'api::faq-item.faq-item' })).toBe(false);
    expect(changesLiveSite(publish('api::appeal.appeal'))).toBe(false);
    expect(changesLiveSite({ event: 'entry.create', uid: 'api::meter-reading.meter-reading' })).toBe(false);
    expect(changesLiveSite({ event: 'entry.update', uid: 'api::build-status.build-status' })).toBe(false);
    expect(changesLiveSite({ event: 'media.create' })).toBe(false);
  });

  it('marks the preview stale on any change to public content, drafts included', () => {
    expect(changesPublicContent({ event: 'entry.update', uid: 'api::faq-item.faq-item' })).toBe(true);
    expect(changesPublicContent({ event: 'entry.create', uid: 'api::appeal.appeal' })).toBe(false);
  });
});

describe('Publisher', () => {
  it('debounces a burst of events into one build and makes it live', async () => {
    const { publisher, live, builds } = setup();
    for (let i = 0; i < 5; i += 1) publisher.notify(publish('api::faq-item.faq-item'));
    publisher.notify({ event: 'entry.create', uid: 'api::appeal.appeal' });
    await publisher.whenIdle();
    expect(builds()).toBe(1);
    expect(live()).toBe('build 1');
    expect(publisher.status().state).toBe('live');
  });

  it('runs exactly one more build for changes made during a build', async () => {
    const { publisher, live, builds } = setup({ buildMs: 120 });
    publisher.notify(publish('api::faq-item.faq-item'));
    await new Promise((resolve) => setTimeout(resolve, 60)); // now building
    publisher.notify(publish('api::tariff.tariff'));
    publisher.notify(publish('api::office.office'));
    await publisher.whenIdle();
    expect(builds()).toBe(2);
    expect(live()).toBe('build 2');
  });

  it('keeps the last good site live when a build fails, and says why', async () => {
    const { publisher, live, releases } = setup({ fail: (n) => n === 2 });
    publisher.schedule(0);
    await publisher.whenIdle();
    publisher.notify(publish('api::faq-item.faq-item'));
    await publisher.whenIdle();
    expect(live()).toBe('build 1');
    expect(publisher.status()).toMatchObject({ state: 'failed', message: 'build 2 failed: D14 missing in tt' });
    expect(existsSync(releases.live()!)).toBe(true);
  });

  it('ignores events that do not change the live site', async () => {
    const { publisher, builds } = setup();
    expect(publisher.notify({ event: 'entry.update', uid: 'api::faq-item.faq-item' })).toBe(false);
    await publisher.whenIdle();
    expect(builds()).toBe(0);
  });
});

describe('the daily rebuild', () => {
  it('waits until the next time of day in Moscow (UTC+3)', async () => {
    const { msUntilMoscow } = await import('./service.ts');
    // 23:00 UTC is 02:00 in Moscow: one hour to 03:00.
    expect(msUntilMoscow('03:00', Date.parse('2026-06-01T23:00:00Z'))).toBe(60 * 60 * 1000);
    // 00:30 UTC is 03:30 in Moscow: 03:00 has passed, so tomorrow's, 23.5 hours away.
    expect(msUntilMoscow('03:00', Date.parse('2026-06-02T00:30:00Z'))).toBe(23.5 * 60 * 60 * 1000);
  });
});
