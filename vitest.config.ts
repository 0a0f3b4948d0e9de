import { defineConfig } from 'vitest/config';

// Unit tests sit beside their module (*.test.ts). Browser journeys are Playwright's (tests/, *.e2e.ts, *.a11y.ts).
export default defineConfig({
  test: {
    include: ['site/**/*.test.ts', 'scripts/**/*.test.ts', 'cms/src/**/*.test.ts'],
    environment: 'node',
  },
});
