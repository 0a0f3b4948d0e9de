import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../src/shared/public-types';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // Strapi's Preview button: the draft rendered in the site's own layout by the preview server
  // (publisher/preview.ts), which requires the shared secret. Off unless TES_PREVIEW_URL is set.
  preview: {
    enabled: Boolean(env('TES_PREVIEW_URL')),
    config: {
      allowedOrigins: env('TES_PREVIEW_URL') ? [new URL(env('TES_PREVIEW_URL')!).origin] : [],
      async handler(uid: string, { documentId, locale }: { documentId: string; locale?: string; status?: string }) {
        if (!(PUBLIC_CONTENT_TYPES as readonly string[]).includes(uid)) return null;
        const query = new URLSearchParams({ uid, documentId, locale: locale ?? 'ru', secret: env('TES_PREVIEW_SECRET', '') });
        return `${env('TES_PREVIEW_URL')}/preview/open?${query}`;
      },
    },
  },
  flags: {
    // No marketing prompts or outbound links in an admin used by a utility's editors.
    nps: false,
    promoteEE: false,
  },
});

export default config;
