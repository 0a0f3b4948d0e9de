// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { LOCALES } from './cms/src/shared/locales.ts';
import { siteUrlOf } from './cms/src/shared/site-url.ts';
import { preactInTheBrowser } from './site/islands/preact-in-the-browser.ts';

/**
 * The static site. Content comes from Strapi at build time (site/content.config.ts); the output in dist/ is plain
 * files that any web server or CDN can serve. Pagefind indexes dist/ afterwards (scripts/build.ts).
 */
export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  // Absolute URLs in the sitemap and <link rel="canonical">; set SITE_URL to the public address when deploying.
  site: siteUrlOf(),
  output: 'static',
  // The draft preview is built under /preview (publisher/preview.ts); the public site at the root.
  base: process.env.TES_BASE_PATH || undefined,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Our whole stylesheet is a few KB: inlining it saves a round trip on slow mobile links, and the
    // page-weight budget (14 KB brotli, HTML + CSS) counts it either way.
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: 'ru',
    // Both languages carry a prefix (/ru/…, /tt/…): the two are equals, a shared link always says which language
    // it means, and the root is a bilingual language page (see site/pages/index.astro) rather than a redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // Hydrated islands: the forms (appeal, status, readings) in site/islands/; content pages hydrate nothing. React
    // renders them on the server; in the browser they run on Preact (site/islands/preact-in-the-browser.ts).
    react(),
    sitemap({
      i18n: { defaultLocale: 'ru', locales: { ru: 'ru', tt: 'tt' } },
    }),
  ],
  devToolbar: { enabled: false },
  // Incremental builds (Astro's experimental.incrementalBuild): a page whose getStaticPaths gives a cache key
  // (site/data/cache-keys.ts) unchanged since the last build, with unchanged code, is copied from that build instead
  // of rendered. On only where a build names its own cache folder (TES_BUILD_CACHE_DIR: the publisher's), so that
  // no two builds share one.
  ...(process.env.TES_BUILD_CACHE_DIR ? { cacheDir: process.env.TES_BUILD_CACHE_DIR, experimental: { incrementalBuild: true } } : {}),
  vite: {
    plugins: [preactInTheBrowser()],
    // The shared core (cms/src/shared: contracts, form components) imports zod and React from cms/node_modules; the
    // site's one copy of each instead (the CMS's admin needs React 18, the site renders with 19).
    resolve: { dedupe: ['zod', 'react', 'react-dom'] },
    // The browser's bundle only (the server's build keeps Astro's own settings).
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // The browser's runtime (Preact with its hooks and compat layer) in one file: every island loads all of
              // it, and one brotli stream is smaller than several. The rest is left to automatic chunking, which keeps
              // each page to the modules it uses.
              codeSplitting: {
                groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }],
              },
            },
          },
        },
      },
    },
  },
});
