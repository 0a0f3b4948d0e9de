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

// A wide table scrolls inside its own focusable region instead of pushing the page sideways (WCAG 1.4.10).
markdown.renderer.rules.table_open = (_tokens, _index, _options, env: RenderOptions) => {
  const caption = env.tableCaption ? markdown.utils.escapeHtml(env.tableCaption) : '';
  return `<div class="table-scroll" role="region" tabindex="0"${caption ? ` aria-label="${caption}"` : ''}>\n<table>\n${caption ? `<caption>${caption}</caption>\n` : ''}`;
};
markdown.renderer.rules.table_close = () => '</table>\n</div>\n';

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env: RenderOptions, self) => {
  const href = tokens[index]!.attrGet('href');
  const resolved = href ? (env.resolveHref?.(href) ?? href) : undefined;
  if (resolved) tokens[index]!.attrSet('href', withBase(resolved));
  return renderLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string | null | undefined, options: RenderOptions = {}): string {
  return source ? markdown.render(source, { ...options }) : '';
}
