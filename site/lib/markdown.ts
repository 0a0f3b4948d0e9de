import MarkdownIt from 'markdown-it';

/**
 * Markdown from Strapi rendered to HTML. Raw HTML is off: an editor (or a compromised account) cannot inject
 * markup or scripts; links are kept, and typographic quotes are left to the authors (Russian and Tatar use «»).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

export function renderMarkdown(source: string | null | undefined): string {
  return source ? markdown.render(source) : '';
}
