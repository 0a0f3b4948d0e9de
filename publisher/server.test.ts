import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Publisher } from './publisher.ts';
import { Releases } from './releases.ts';
import { startSiteServer } from './server.ts';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** The site server on an ephemeral port over a temp releases root, with a build that fails when told to. */
async function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'tes-server-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const releases = new Releases(root);
  let failNext = false;
  const publisher = new Publisher({
    releases,
    debounceMs: 0,
    async build(outDir) {
      if (failNext) throw new Error('D14 missing in tt');
      writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>ТЭС</title>');
    },
  });
  const server: Server = await startSiteServer({ siteDir: releases.current, publisher, webhookSecret: 'a-secret-of-sixteen-or-more' }, 0);
  cleanups.push(async () => {
    await publisher.whenIdle();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const release = async ({ fail = false } = {}) => {
    failNext = fail;
    publisher.schedule(0);
    await publisher.whenIdle();
  };
  return { url, releases, publisher, release };
}

const probe = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
};

describe('/_publish/health', () => {
  it('answers 200 {"status":"ok"} while the process serves, even before any release', async () => {
    const { url } = await setup();
    const health = await probe(`${url}/_publish/health`);
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(health.headers.get('cache-control')).toBe('no-store');
  });

  it('answers HEAD with the status and no body', async () => {
    const { url } = await setup();
    const head = await probe(`${url}/_publish/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it('refuses other methods with 405 and Allow', async () => {
    const { url } = await setup();
    for (const route of ['health', 'ready']) {
      const post = await probe(`${url}/_publish/${route}`, { method: 'POST', body: '{}' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
      expect(post.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('/_publish/ready', () => {
  it('is 503 with a reason before any release, and 200 once a release is live', async () => {
    const { url, release } = await setup();
    const before = await probe(`${url}/_publish/ready`);
    expect(before.status).toBe(503);
    expect(before.body).toMatchObject({ status: 'unready', reason: 'no live release', liveSince: null });
    expect(before.headers.get('cache-control')).toBe('no-store');

    await release();
    const after = await probe(`${url}/_publish/ready`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ status: 'ready', state: 'live' });
    expect(after.headers.get('content-type')).toMatch(/^application\/json/);
    expect(after.headers.get('cache-control')).toBe('no-store');
  });

  it('stays ready while a failed build leaves the last good release live, and tells no build output', async () => {
    const { url, release } = await setup();
    await release();
    await release({ fail: true });
    const ready = await probe(`${url}/_publish/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', state: 'failed' });
    expect(ready.text).not.toContain('D14');
  });

  it('is 503 when the live release is gone from under `current`', async () => {
    const { url, release, releases } = await setup();
    await release();
    rmSync(releases.live()!, { recursive: true, force: true });
    const gone = await probe(`${url}/_publish/ready`);
    expect(gone.status).toBe(503);
    expect(gone.body).toMatchObject({ status: 'unready', reason: 'no live release' });
  });

  it('is 503 when the live release has no index.html', async () => {
    const { url, release, releases } = await setup();
    await release();
    rmSync(path.join(releases.live()!, 'index.html'));
    const empty = await probe(`${url}/_publish/ready`);
    expect(empty.status).toBe(503);
    expect(empty.body).toMatchObject({ status: 'unready', reason: 'the live release has no index.html' });
  });
});
