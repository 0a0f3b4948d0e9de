import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shared core's boundary. cms/src/shared/ is what the site and the CMS both use — locales, strings, the
 * formatter, form contracts, opening hours, the public types — and it imports nothing from Strapi or Astro, nor
 * from anywhere outside itself but npm packages. The site, the publisher, scripts and tests reach into cms/ only
 * through it.
 */
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const SHARED = path.join(ROOT, 'cms', 'src', 'shared');
const SOURCE = /\.(ts|tsx|astro|mjs)$/;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesIn(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers;
}

const relative = (file: string) => path.relative(ROOT, file);

describe('the shared core (cms/src/shared)', () => {
  it('imports nothing from Strapi or Astro, and nothing outside itself but npm packages', () => {
    const offending = filesIn(SHARED).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => {
          if (/^(@strapi\/|astro|@astrojs\/)/.test(specifier)) return true;
          if (!specifier.startsWith('.')) return false;
          return !path.resolve(path.dirname(file), specifier).startsWith(SHARED);
        })
        .map((specifier) => `${relative(file)} → ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('is the only part of cms/ that the site, the scripts and the tests import', () => {
    const outside = ['site', 'publisher', 'scripts', 'tests'].flatMap((dir) => filesIn(path.join(ROOT, dir)));
    outside.push(path.join(ROOT, 'astro.config.mjs'), path.join(ROOT, 'vitest.config.ts'), path.join(ROOT, 'playwright.config.ts'));
    const offending = outside.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => path.resolve(path.dirname(file), specifier))
        .filter((target) => target.startsWith(path.join(ROOT, 'cms') + path.sep) && !target.startsWith(SHARED + path.sep))
        .map((target) => `${relative(file)} → ${relative(target)}`),
    );
    expect(offending).toEqual([]);
  });

  it('is seen by the check: the scan finds the imports it must judge', () => {
    // Guards against a pattern that silently matches nothing.
    expect(importsOf(path.join(ROOT, 'site', 'i18n', 'index.ts'))).toContain('../../cms/src/shared/i18n/index.ts');
  });
});

/** The modules a file loads at run time: its value imports (not `import type`), relative ones resolved, followed. */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = path.resolve(path.dirname(file), specifier);
      const found = [base, `${base}.ts`, `${base}.tsx`].find((candidate) => SOURCE.test(candidate) && readdirSync(path.dirname(candidate)).includes(path.basename(candidate)));
      if (found) queue.push(found);
    }
  }
  return { files, packages };
}

describe('the estimate’s island', () => {
  it('loads no zod: it checks its own input (tariffs/estimate.ts), so its page keeps within 70 KB of JavaScript', () => {
    const { files, packages } = runtimeGraph(path.join(SHARED, 'forms', 'EstimateForm.tsx'));
    // The scan follows the graph: the calculation and the shared form components are in it.
    expect([...files].map(relative)).toEqual(expect.arrayContaining(['cms/src/shared/tariffs/estimate.ts', 'cms/src/shared/forms/FormFields.tsx']));
    expect(packages.has('react')).toBe(true);
    expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
  });
});
