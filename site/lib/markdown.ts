import MarkdownIt from 'markdown-it';
import { withBase } from './routes.ts';

/**
 * Markdown from Strapi rendered to HTML. Raw HTML is off: an editor (or a compromised account) cannot inject
 * markup or scripts; links are kept, and typographic quotes are left to the authors (Russian and Tatar use «»).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

export interface RenderOptions {
  /** Caption of any table in the text (Markdown has none; a data table needs one, WCAG 1.3.1). */
  tableCaption?: string | undefined;
  /** Turns an author's short address into the page that holds the item (see data/link-resolver.ts). */
  resolveHref?: ((href: string) => string | undefined) | undefined;
}

/** markdown-it types its render environment loosely; ours is always RenderOptions (renderMarkdown passes it). */
const optionsOf = (env: unknown) => (env ?? {}) as RenderOptions;

/**
 * A table wider than a phone scrolls inside its own box, not the page (WCAG 1.4.10 allows a data table to scroll
 * in two dimensions); the box is focusable and named after the caption so a keyboard user can scroll it too.
 */
markdown.renderer.rules.table_open = (_tokens, _index, _options, env) => {
  const { tableCaption } = optionsOf(env);
  const caption = tableCaption ? markdown.utils.escapeHtml(tableCaption) : '';
  // A group, not a region: the clause around the table is already the landmark with this name.
  const box = caption ? `<div class="table-scroll" role="group" tabindex="0" aria-label="${caption}">` : '<div class="table-scroll" tabindex="0">';
  return `${box}\n<table>\n${caption ? `<caption>${caption}</caption>\n` : ''}`;
};
markdown.renderer.rules.table_close = () => '</table>\n</div>\n';

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const href = tokens[index]!.attrGet('href');
  const resolved = href ? (optionsOf(env).resolveHref?.(String(href)) ?? String(href)) : undefined;
  if (resolved) tokens[index]!.attrSet('href', withBase(resolved));
  return renderLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string | null | undefined, options: RenderOptions = {}): string {
  return source ? markdown.render(source, { ...options } as Record<string, unknown>) : '';
}
