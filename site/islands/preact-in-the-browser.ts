import type { Plugin } from 'vite';

/**
 * The islands run on Preact in the browser (preact/compat, about 7 KB brotli) while the server renders them with React
 * (the no-JavaScript HTML every form and the finder start from). React's DOM renderer alone is 57 KB brotli: with it a
 * form page sat at the 70 KB budget (issue 16), and hydrating it held the main thread on a phone. The components are
 * written once against React's API, which preact/compat implements; tests/e2e hydrate every island in Chromium.
 *
 * Only the browser's bundle (Vite's client environment) is redirected, never the server's.
 */
const PREACT_FOR: Readonly<Record<string, string>> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

export function preactInTheBrowser(): Plugin {
  return {
    name: 'tes:preact-in-the-browser',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId(id, importer, options) {
      const target = PREACT_FOR[id];
      return target ? this.resolve(target, importer, { ...options, skipSelf: true }) : null;
    },
  };
}
