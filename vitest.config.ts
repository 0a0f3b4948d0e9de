import { defineConfig } from 'vitest/config';

// Unit tests sit beside their module (*.test.ts). Browser journeys are Playwright's (tests/, *.e2e.ts, *.a11y.ts).
// cms/src holds the form contracts and the CMS's pure rules (no Strapi imports), tested here with the site's.
export default defineConfig({
  resolve: {
    // The shared core lives in cms/ and imports zod and React from there; one copy of each for the whole test run,
    // the site's, as in the site's build (astro.config.mjs).
    dedupe: ['zod', 'react', 'react-dom'],
  },
  test: {
    include: ['site/**/*.test.ts', 'scripts/**/*.test.ts', 'publisher/**/*.test.ts', 'deploy/**/*.test.ts', 'cms/src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
