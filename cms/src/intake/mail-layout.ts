import type { FormLocale } from '../shared/contracts/fields';
import { escapeHtml } from './html/escape';
import { t } from './i18n';

/**
 * Every e-mail to a visitor in one layout, in their language: a greeting, the message's blocks, the links it ends
 * with, the footer — as plain text and as accessible HTML (a language, a title, paragraphs, a table with row headers,
 * quotations). The appeal's notices (./notices.ts) and the supply notices (./outage-mail.ts) are written with it.
 */
export type Block = { kind: 'p'; text: string } | { kind: 'quote'; text: string } | { kind: 'rows'; rows: Array<[string, string]> };

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** A closing link: its line in the text part, its address and its words in the HTML part. */
export interface MessageLink {
  text: string;
  href: string;
  label: string;
}

const asText = (block: Block) =>
  block.kind === 'rows'
    ? block.rows.map(([label, value]) => `${label}: ${value}`).join('\n')
    : block.kind === 'quote'
      ? block.text
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')
      : block.text;

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');

const asHtml = (block: Block) =>
  block.kind === 'rows'
    ? `<table role="presentation">${block.rows.map(([label, value]) => `<tr><th scope="row" align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`
    : block.kind === 'quote'
      ? `<blockquote>${paragraphs(block.text)}</blockquote>`
      : paragraphs(block.text);

export function layoutMessage(locale: FormLocale, subject: string, blocks: Block[], links: MessageLink[]): RenderedMessage {
  const text = [
    t(locale, 'appeal.email.greeting'),
    '',
    ...blocks.flatMap((block) => [asText(block), '']),
    ...links.map((link) => link.text),
    '',
    t(locale, 'appeal.email.footer'),
    t(locale, 'site.name'),
  ].join('\n');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>
<p>${escapeHtml(t(locale, 'appeal.email.greeting'))}</p>
${blocks.map(asHtml).join('\n')}
${links.map((link) => `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`).join('\n')}
<p>${escapeHtml(t(locale, 'appeal.email.footer'))}<br>${escapeHtml(t(locale, 'site.name'))}</p>
</body></html>`;
  return { subject, text, html };
}
