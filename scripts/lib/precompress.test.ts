import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

describe('precompress', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'tes-precompress-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const page = (text: string) => `<!doctype html><title>x</title><p>${text.repeat(1000)}</p>`;

  function release(name: string, pages: Record<string, string>) {
    const dir = path.join(work, name);
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), html);
    }
    return dir;
  }

  it('writes .br and .gz beside each text file over 1 KB, which decompress to it', async () => {
    const dir = release('one', { 'a/index.html': page('а'), 'small.txt': 'tiny' });
    const totals = await precompress(dir);
    expect(totals).toMatchObject({ files: 1, reused: 0 });
    const original = readFileSync(path.join(dir, 'a/index.html'));
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'a/index.html.br')))).toEqual(original);
    expect(gunzipSync(readFileSync(path.join(dir, 'a/index.html.gz')))).toEqual(original);
    expect(() => statSync(path.join(dir, 'small.txt.br'))).toThrow();
  });

  it('given the live release, links the copies of unchanged files and compresses only the changed ones', async () => {
    const live = release('live', { 'same/index.html': page('б'), 'changed/index.html': page('в') });
    await precompress(live);
    const next = release('next', { 'same/index.html': page('б'), 'changed/index.html': page('г'), 'new/index.html': page('д') });
    const totals = await precompress(next, live);
    expect(totals).toMatchObject({ files: 3, reused: 1 });
    expect(statSync(path.join(next, 'same/index.html.br')).ino).toBe(statSync(path.join(live, 'same/index.html.br')).ino);
    for (const file of ['same', 'changed', 'new'].map((name) => `${name}/index.html`)) {
      expect(brotliDecompressSync(readFileSync(path.join(next, `${file}.br`))), file).toEqual(readFileSync(path.join(next, file)));
      expect(gunzipSync(readFileSync(path.join(next, `${file}.gz`))), file).toEqual(readFileSync(path.join(next, file)));
    }
    // The live release's changed page keeps its own copies.
    expect(brotliDecompressSync(readFileSync(path.join(live, 'changed/index.html.br')))).toEqual(readFileSync(path.join(live, 'changed/index.html')));
  });
});
