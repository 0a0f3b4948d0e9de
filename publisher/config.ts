import { z } from 'zod';

/**
 * The publisher's configuration: everything it needs to build the site from Strapi, make a release live, receive
 * Strapi's webhook and serve the draft preview. Validated once at start, so a wrong setting stops the service
 * with its name rather than failing at the first publish. `npm start` and the tests pass the same shape.
 */
export const publisherConfig = z.object({
  strapiUrl: z.url().describe('The Strapi the builds read (STRAPI_URL)'),
  siteTokenFile: z.string().min(1).describe('File holding the read-only token of the site build (STRAPI_TOKEN_FILE)'),
  statusTokenFile: z.string().min(1).describe('File holding the token that may update «Публикация сайта» only (PUBLISHER_TOKEN_FILE)'),
  webhookSecret: z.string().min(16).describe('Bearer secret Strapi sends with its webhook (TES_PUBLISH_WEBHOOK_SECRET)'),
  previewSecret: z.string().min(16).optional().describe('Secret the admin’s Preview links carry; unset: no preview (TES_PREVIEW_SECRET)'),
  root: z.string().min(1).describe('Folder of the releases; `current` inside it is what the web server serves (PUBLISHER_ROOT)'),
  host: z.string().min(1).default('127.0.0.1').describe('Address the service listens on (PUBLISHER_HOST)'),
  port: z.coerce.number().int().min(1).max(65535).describe('Port of the webhook, status, preview and local static server (PUBLISHER_PORT)'),
  debounceMs: z.coerce.number().int().min(0).default(1000).describe('Quiet period that gathers a burst of publish events into one build (PUBLISH_DEBOUNCE_MS)'),
  quiet: z.boolean().default(false).describe('Only warnings and errors from the builds (tests, benchmarks)'),
  dailyRebuildAt: z
    .string()
    .regex(/^(?:off|(?:[01]\d|2[0-3]):[0-5]\d)$/, 'HH:MM (Moscow time) or off')
    .default('03:00')
    .describe('A rebuild every day at this Moscow time, so figures computed from records (the quality indicators) stay fresh; off: none (PUBLISHER_DAILY_REBUILD)'),
});
export type PublisherConfig = z.output<typeof publisherConfig>;
export type PublisherSettings = z.input<typeof publisherConfig>;

/** The configuration from the environment, for `npm run publisher` and a systemd unit. Throws naming each bad variable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PublisherConfig {
  const parsed = publisherConfig.safeParse({
    strapiUrl: env.STRAPI_URL,
    siteTokenFile: env.STRAPI_TOKEN_FILE,
    statusTokenFile: env.PUBLISHER_TOKEN_FILE,
    webhookSecret: env.TES_PUBLISH_WEBHOOK_SECRET,
    previewSecret: env.TES_PREVIEW_SECRET || undefined,
    root: env.PUBLISHER_ROOT,
    host: env.PUBLISHER_HOST || undefined,
    port: env.PUBLISHER_PORT,
    debounceMs: env.PUBLISH_DEBOUNCE_MS || undefined,
    dailyRebuildAt: env.PUBLISHER_DAILY_REBUILD || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${String(issue.path[0] ?? '?')}: ${issue.message}`).join('\n');
    throw new Error(`The publisher's configuration is not valid:\n${problems}`);
  }
  return parsed.data;
}
