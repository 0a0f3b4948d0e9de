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

  it('counts a form page’s script, the renderer it imports after the first paint, and the page’s own form only', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tes-island-'));
    mkdirSync(path.join(dir, '_astro'));
    const file = (name: string, code: string) => writeFileSync(path.join(dir, '_astro', name), code);
    // What Vite makes of site/islands/hydrate.ts: its import.meta.glob map of the forms, and the renderer's import().
    file(
      'FormIsland.js',
      'import{t as e}from"./preload-helper.js";var t=Object.assign({"./forms/estimate.ts":()=>e(()=>import(`./estimate.js`),[]),"./forms/appeal.ts":()=>e(()=>import(`./appeal.js`),[])});e(()=>import(`./preact.js`));',
    );
    file('preload-helper.js', 'export const t=(f)=>f();');
    file('estimate.js', 'import{a}from"./preact.js";import"./format.js";export default a;');
    file('appeal.js', 'import{a}from"./preact.js";import"./zod.js";export default a;');
    file('preact.js', 'export const a=1;');
    file('format.js', 'export{};');
    file('zod.js', 'export{};');
    writeFileSync(path.join(dir, 'page.html'), '<div data-island="estimate" data-props="{}"></div><script type="module" src="/_astro/FormIsland.js"></script>');
    const weight = islandWeight(dir, 'page.html');
    expect(weight.eager.map((entry) => entry.file).sort()).toEqual([
      '/_astro/FormIsland.js',
      '/_astro/estimate.js',
      '/_astro/format.js',
      '/_astro/preact.js',
      '/_astro/preload-helper.js',
    ]);
    expect(weight.lazy).toEqual([]);
  });
});
