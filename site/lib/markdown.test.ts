import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**до 25-го числа**')).toBe('<p><strong>до 25-го числа</strong></p>\n');
  });

  it('never passes raw HTML through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript: links', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript:');
  });

  it('renders nothing for an empty field', () => {
    expect(renderMarkdown(null)).toBe('');
  });
});

describe('tables', () => {
  it('gives every table the caption the page provides', () => {
    const html = renderMarkdown('| A | B |\n|---|---|\n| 1 | 2 |', { tableCaption: 'Пункт 56 <стандарта>' });
    expect(html).toContain('<table>\n<caption>Пункт 56 &lt;стандарта&gt;</caption>');
    // ... inside a box that scrolls on its own on a narrow screen, named after the caption.
    expect(html).toContain('<div class="table-scroll" role="group" tabindex="0" aria-label="Пункт 56 &lt;стандарта&gt;">');
    expect(html).toContain('<th>A</th>');
  });

  it('wraps every table in a named, keyboard-scrollable box, so a wide one never widens the page (reflow at 320 px)', () => {
    const html = renderMarkdown('| A | B |\n|---|---|\n| 1 | 2 |', { tableCaption: 'Пункт 68' });
    expect(html.startsWith('<div class="table-scroll" role="group" tabindex="0" aria-label="Пункт 68">\n<table>')).toBe(true);
    expect(html.trimEnd().endsWith('</table>\n</div>')).toBe(true);
  });
});

describe('citations of the standard', () => {
  it("passes links through the page's resolver, and leaves the ones it does not know as written", () => {
    const resolveHref = (href: string) => (href === '/ru/standard/#p-68' ? '/ru/standard/section-7-3/#p-68' : undefined);
    expect(renderMarkdown('[п. 68](/ru/standard/#p-68) и [п. 999](/ru/standard/#p-999)', { resolveHref })).toBe(
      '<p><a href="/ru/standard/section-7-3/#p-68">п. 68</a> и <a href="/ru/standard/#p-999">п. 999</a></p>\n',
    );
  });
});
