import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { islandWeight } from './island-weight.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('islandWeight', () => {
  it('counts the island, its renderer and their static imports, and keeps import() apart', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tes-island-'));
    mkdirSync(path.join(dir, '_astro'));
    const file = (name: string, code: string) => writeFileSync(path.join(dir, '_astro', name), code);
    file('Finder.js', 'import{a}from"./react.js";import"./plural.js";const m=()=>import("./Map.js");export default 1;');
    file('client.js', 'import{b as c}from"./react.js";export default 2;');
    file('react.js', 'export const a=1,b=2;');
    file('plural.js', 'export{};');
    file('Map.js', 'import{a}from"./react.js";const L=()=>import(`./leaflet.js`);export default L;');
    file('leaflet.js', 'export default {};');
    writeFileSync(
      path.join(dir, 'page.html'),
      '<script>self.x=1</script><script type="application/ld+json">{}</script><astro-island component-url="/_astro/Finder.js" renderer-url="/_astro/client.js"></astro-island>',
    );
    const weight = islandWeight(dir, 'page.html');
    expect(weight.eager.map((entry) => entry.file).sort()).toEqual(['/_astro/Finder.js', '/_astro/client.js', '/_astro/plural.js', '/_astro/react.js']);
    expect(weight.lazy.map((entry) => entry.file).sort()).toEqual(['/_astro/Map.js', '/_astro/leaflet.js']);
    expect(weight.inlineBrotliBytes).toBeGreaterThan(0);
    expect(weight.totalBrotliBytes).toBe(weight.eager.reduce((sum, entry) => sum + entry.brotliBytes, 0) + weight.inlineBrotliBytes);
  });

  it('counts a page’s module script and its imports (the form pages hydrate from one)', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tes-island-'));
    mkdirSync(path.join(dir, '_astro'));
    writeFileSync(path.join(dir, '_astro', 'estimate.js'), 'import{a}from"./react.js";');
    writeFileSync(path.join(dir, '_astro', 'react.js'), 'export const a=1;');
    writeFileSync(path.join(dir, 'page.html'), '<script type="module" src="/_astro/estimate.js"></script>');
    expect(
      islandWeight(dir, 'page.html')
        .eager.map((entry) => entry.file)
        .sort(),
    ).toEqual(['/_astro/estimate.js', '/_astro/react.js']);
  });
});
