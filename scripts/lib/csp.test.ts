import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, scriptHash } from './csp.ts';

describe('CSP script hashes', () => {
  it('hashes each distinct inline script, as the browser does (SHA-256 of the exact text, base64)', () => {
    const body = "document.documentElement.classList.add('js')";
    expect(scriptHash(body)).toBe(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    const pages = [`<head><script>${body}</script><script type="module">a()</script></head>`, `<body><script>${body}</script></body>`];
    expect(inlineScriptHashes(pages)).toEqual([scriptHash(body), scriptHash('a()')].sort());
  });

  it('leaves out scripts loaded from a file and data blocks (JSON-LD runs nothing)', () => {
    const pages = ['<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"@type":"Place"}</script>'];
    expect(inlineScriptHashes(pages)).toEqual([]);
  });
});
