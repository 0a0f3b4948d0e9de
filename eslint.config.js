// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The lint half of `npm run check` (scripts/check.ts): ESLint's and typescript-eslint's recommended rules for all
 * code, the Astro plugin for .astro files, the JSX accessibility rules for the React islands and forms and — through
 * the Astro plugin — for Astro templates, and the rules of hooks. Zero warnings: the check fails on any.
 *
 * Not type-aware (no `parserOptions.project`): `tsc --noEmit` checks the types in the same command, and a typed lint
 * of the whole tree costs minutes on a two-core machine for little more.
 */
export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      '.astro/',
      '.site/',
      'reports/',
      'test-results/',
      'tests/.tmp/',
      'cms/dist/',
      'cms/build/',
      'cms/.strapi/',
      'cms/.tmp/',
      'cms/public/',
      'cms/types/generated/',
      'cms/database/migrations/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  { files: ['**/*.tsx'], ...jsxA11y.configs.recommended },
  { files: ['**/*.tsx'], ...reactHooks.configs.flat.recommended },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks what is left out on purpose (`const { website: _honeypot, ...values } = body`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // A table that scrolls sideways is a focusable region (role="region", a name, tabindex="0"), so that keyboard
      // users can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
);
