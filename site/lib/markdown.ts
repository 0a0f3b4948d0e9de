import MarkdownIt from 'markdown-it';

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

// A wide table scrolls inside its own box instead of widening the page (WCAG 1.4.10 at 320 px); the box takes focus,
// so it can be scrolled by keyboard (axe: scrollable-region-focusable), and is a named group — not a region landmark:
// one clause can hold two tables with the same caption, and landmarks must have unique names.
markdown.renderer.rules.table_open = (_tokens, _index, _options, env: RenderOptions) => {
  const caption = env.tableCaption ? markdown.utils.escapeHtml(env.tableCaption) : '';
  const region = caption ? ` role="group" tabindex="0" aria-label="${caption}"` : ' tabindex="0"';
  return `<div class="table-scroll"${region}>\n<table>\n${caption ? `<caption>${caption}</caption>\n` : ''}`;
};
markdown.renderer.rules.table_close = () => '</table>\n</div>\n';

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env: RenderOptions, self) => {
  const href = tokens[index]!.attrGet('href');
  const resolved = href ? env.resolveHref?.(href) : undefined;
  if (resolved) tokens[index]!.attrSet('href', resolved);
  return renderLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string | null | undefined, options: RenderOptions = {}): string {
  return source ? markdown.render(source, { ...options }) : '';
}
