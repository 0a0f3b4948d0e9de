import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_DIR } from './paths.ts';

/**
 * Strapi stores a `string` (and `email`) attribute as varchar(255) on PostgreSQL, and SQLite, where the tests and
 * `npm start` run, checks no length at all: a longer value passes everywhere but production, which answers the
 * editor (or the seed) with a 500. So every such attribute states its maxLength, at most 255, and the admin refuses
 * a longer value with its own message; longer texts are `text`.
 */
function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && (entry.name === 'schema.json' || entry.parentPath.includes(`${path.sep}components${path.sep}`)))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('string attributes fit PostgreSQL’s varchar(255)', () => {
  const files = [...schemaFiles(path.join(CMS_DIR, 'src', 'api')), ...schemaFiles(path.join(CMS_DIR, 'src', 'components'))];

  it('finds the schemas', () => expect(files.length).toBeGreaterThan(20));

  for (const file of files) {
    it(path.relative(CMS_DIR, file), () => {
      const { attributes } = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, { type: string; maxLength?: number }> };
      for (const [name, attribute] of Object.entries(attributes)) {
        if (attribute.type !== 'string' && attribute.type !== 'email') continue;
        expect(attribute.maxLength, `${name}: maxLength`).toBeDefined();
        expect(attribute.maxLength!, `${name}: maxLength`).toBeLessThanOrEqual(255);
      }
    });
  }
});
