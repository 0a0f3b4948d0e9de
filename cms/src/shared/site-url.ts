/**
 * The public address of the site: canonical links and the sitemap (the build), the one origin allowed to post to
 * the intake and the base of links in e-mails and answer pages (Strapi). Local runs default to `npm start`'s site.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** SITE_URL from the environment, without a trailing slash. */
export const siteUrlOf = (env: Record<string, string | undefined> = process.env): string => (env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
