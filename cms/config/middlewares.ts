import type { Core } from '@strapi/strapi';
import { siteUrlOf } from '../src/shared/site-url';

/**
 * CORS is strict: browsers may call the CMS only from the public site (SITE_URL, plus INTAKE_EXTRA_ORIGINS) —
 * the islands post to the intake from there; the admin is same-origin and the site build reads server-side.
 * The intake guard runs before the body parser, so refused requests are never read (src/middlewares/intake-guard.ts).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const siteOrigin = new URL(siteUrlOf({ SITE_URL: env('SITE_URL', '') })).origin;
  const extra = env('INTAKE_EXTRA_ORIGINS', '')
    .split(',')
    .map((origin: string) => origin.trim())
    .filter(Boolean);
  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    {
      name: 'strapi::cors',
      config: {
        origin: [siteOrigin, ...extra],
        methods: ['GET', 'POST', 'HEAD', 'OPTIONS'],
        headers: ['Content-Type', 'Accept', 'Authorization'],
        credentials: false,
        maxAge: 600,
      },
    },
    'global::intake-guard',
    'strapi::poweredBy',
    'strapi::query',
    // Drafts never leave the CMS without credentials (src/middlewares/published-only.ts).
    'global::published-only',
    // Multipart bodies are not parsed here: the intake streams its own to private storage, and global::uploads
    // parses the rest (the media library's) as strapi::body would (src/middlewares/uploads.ts).
    { name: 'strapi::body', config: { multipart: false } },
    'global::uploads',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
