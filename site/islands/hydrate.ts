import type { ComponentType } from 'react';

/**
 * Hydrates the page's form islands (`<FormIsland name=…>`: rendered to HTML at build time, their props beside them),
 * from the one script every form page shares. Each island is a module of its own in forms/, named as the page names
 * it, which this script imports after the page has painted — so a page fetches its own form only, and nothing but
 * this small script (and Vite's import helper) with its HTML.
 *
 * Why after the paint: the form is already there, in HTML that works without JavaScript (it posts to the CMS), and
 * the text a visitor reads first should not wait for scripts. On a slow mobile link Lighthouse counts every request
 * made before the largest paint in that paint's time: fetched with the page, the scripts put the appeal form's LCP
 * at 1.1–1.4 s by a race; after the paint, 1.0 s every time. A form marks itself hydrated (data-hydrated) when it
 * runs; that is what the tests wait for.
 *
 * Not Astro's `client:load` or `client:idle`: those wait for the load event, later than the paint, and their
 * `<astro-island>` carries every prop twice in the HTML.
 */
const FORM_ISLANDS = import.meta.glob<{ default: ComponentType<object> }>('./forms/*.ts');

export function hydrateFormIslands(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-island][data-props]')];
  if (roots.length > 0) void afterFirstPaint().then(() => Promise.all(roots.map(hydrate)));
}

async function hydrate(root: HTMLElement): Promise<void> {
  const load = FORM_ISLANDS[`./forms/${root.dataset.island}.ts`];
  if (!load) throw new Error(`No form island named «${root.dataset.island}» in site/islands/forms/`);
  const [{ createElement }, { hydrateRoot }, { default: Form }] = await Promise.all([import('react'), import('react-dom/client'), load()]);
  hydrateRoot(root, createElement(Form, JSON.parse(root.dataset.props!) as object));
}

/** Resolves when the browser reports the page's first paint (at once where it cannot tell; later in a hidden tab). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('paint')) return resolve();
    new PerformanceObserver((_entries, observer) => {
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}
