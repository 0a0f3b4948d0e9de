/**
 * Files from Strapi's media library are published with the site, under /media/, rather than linked to the CMS:
 * the site stays complete on any static host and the CMS need not be reachable by the public. The build copies
 * every file a page links to (scripts/lib/media.ts).
 */
import { withBase } from './routes.ts';

export const MEDIA_PREFIX = '/media/';

/** The site path of a Strapi upload URL ("/uploads/form_ab12.pdf" → "/media/form_ab12.pdf"). */
export function mediaPath(strapiUrl: string): string {
  const name = strapiUrl.split('?')[0]!.split('/').pop()!;
  return withBase(`${MEDIA_PREFIX}${encodeURIComponent(decodeURIComponent(name))}`);
}
