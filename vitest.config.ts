import { defineConfig } from 'vitest/config';

// Unit tests sit beside their module (*.test.ts). Browser journeys are Playwright's (tests/, *.e2e.ts, *.a11y.ts).
// cms/src holds the form contracts and the CMS's pure rules (no Strapi imports), tested here with the site's.
export default defineConfig({
  resolve: {
    // The contracts live in cms/ and import zod from there; one copy of zod for the whole test run, as in the site.
    dedupe: ['zod'],
  },
  test: {
    include: ['site/**/*.test.ts', 'scripts/**/*.test.ts', 'publisher/**/*.test.ts', 'cms/src/**/*.test.ts'],
    environment: 'node',
  },
});
