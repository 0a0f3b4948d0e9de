import { createElement, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';

/**
 * Hydrates a form island that Astro rendered to HTML at build time, from the page's own module script.
 *
 * Not Astro's `client:load`: that imports the island's code dynamically, after the page's load event, so for a
 * moment a "loaded" page holds a form that does not react yet, and the code arrives while the visitor (or a test)
 * may already be on the next page. A module script is fetched, with everything it imports, before the load event.
 */
export function hydrateIsland<Props extends object>(id: string, Component: ComponentType<Props>): void {
  const root = document.getElementById(id);
  if (!root?.dataset.props) return;
  hydrateRoot(root, createElement(Component, JSON.parse(root.dataset.props) as Props));
}
