import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.ts';

const env = {
  STRAPI_URL: 'https://cms.internal',
  STRAPI_TOKEN_FILE: '/etc/tes/site-token',
  PUBLISHER_TOKEN_FILE: '/etc/tes/publisher-token',
  TES_PUBLISH_WEBHOOK_SECRET: 'a-webhook-secret-of-32-characters',
  PUBLISHER_ROOT: '/srv/tes/site',
  PUBLISHER_PORT: '4321',
};

describe('the publisher configuration', () => {
  it('reads a complete environment, with defaults for the rest', () => {
    expect(configFromEnv(env)).toEqual({
      strapiUrl: 'https://cms.internal',
      siteTokenFile: '/etc/tes/site-token',
      statusTokenFile: '/etc/tes/publisher-token',
      webhookSecret: 'a-webhook-secret-of-32-characters',
      root: '/srv/tes/site',
      host: '127.0.0.1',
      port: 4321,
      debounceMs: 1000,
      quiet: false,
      dailyRebuildAt: '03:00',
    });
  });

  it('rebuilds daily at a Moscow time, or never', () => {
    expect(configFromEnv({ ...env, PUBLISHER_DAILY_REBUILD: 'off' }).dailyRebuildAt).toBe('off');
    expect(configFromEnv({ ...env, PUBLISHER_DAILY_REBUILD: '04:30' }).dailyRebuildAt).toBe('04:30');
    expect(() => configFromEnv({ ...env, PUBLISHER_DAILY_REBUILD: '25:00' })).toThrow(/dailyRebuildAt/);
  });

  it('names every missing or bad variable at once', () => {
    const { STRAPI_URL: _url, ...withoutUrl } = env;
    expect(() => configFromEnv({ ...withoutUrl, PUBLISHER_PORT: 'eighty', TES_PUBLISH_WEBHOOK_SECRET: 'short' })).toThrow(/strapiUrl[\s\S]*webhookSecret[\s\S]*port/);
  });

  it('serves a preview only with its secret', () => {
    expect(configFromEnv({ ...env, TES_PREVIEW_SECRET: '' }).previewSecret).toBeUndefined();
    expect(configFromEnv({ ...env, TES_PREVIEW_SECRET: 'a-preview-secret-of-32-characters' }).previewSecret).toBe('a-preview-secret-of-32-characters');
  });
});
