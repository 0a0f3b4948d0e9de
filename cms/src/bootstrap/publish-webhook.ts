import type { Core } from '@strapi/strapi';

const NAME = 'site-publisher';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'entry.draft-discard'];

/**
 * Points Strapi's webhook at the site publisher when TES_PUBLISH_WEBHOOK_URL is set (local runs, tests). The
 * publisher itself filters: only publish / unpublish / delete of public content rebuilds the live site; any
 * change to public content marks the preview stale; everything else (appeals, readings, the build status) is
 * ignored. Production registers the same webhook in the admin (Settings → Webhooks).
 */
export async function ensurePublishWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.TES_PUBLISH_WEBHOOK_URL;
  const secret = process.env.TES_PUBLISH_WEBHOOK_SECRET;
  if (!url || !secret) return;
  const store = strapi.get('webhookStore');
  // The runner loaded the stored webhooks before this bootstrap ran: tell it about any change, as the admin does.
  const runner = strapi.get('webhookRunner');
  const wanted = { name: NAME, url, headers: { Authorization: `Bearer ${secret}` }, events: EVENTS, isEnabled: true };
  const existing = (await store.findWebhooks()).find((webhook: { name: string }) => webhook.name === NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
  } else if (existing.url !== url || existing.headers?.Authorization !== wanted.headers.Authorization || existing.events.join() !== EVENTS.join()) {
    runner.update(await store.updateWebhook(existing.id, wanted));
  }
}
