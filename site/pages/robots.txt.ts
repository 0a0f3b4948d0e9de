import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled, and the sitemap is here (the draft preview is never public: it says so itself). */
export const GET: APIRoute = ({ site }) => {
  const preview = process.env.STRAPI_STATUS === 'draft';
  const sitemap = new URL('sitemap-index.xml', site ?? 'http://localhost/').href;
  const body = preview ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
