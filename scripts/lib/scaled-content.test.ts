import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from './content-files.ts';
import { SCALED_TYPES, writeScaledContent } from './scaled-content.ts';
import { CONTENT_DIR } from './paths.ts';

describe('the scale benchmark’s synthetic content', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'tes-scaled-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is valid content: three times each growing type, in both languages, every copy with its own slug', () => {
    const target = path.join(work, 'content');
    writeScaledContent(3, target);
    const original = loadContent(CONTENT_DIR);
    const scaled = loadContent(target);
    for (const type of SCALED_TYPES) {
      const count = (dir: string) => readdirSync(path.join(dir, 'ru', type)).length;
      expect(count(target), type).toBe(3 * count(CONTENT_DIR));
      expect(readdirSync(path.join(target, 'tt', type)).length, type).toBe(count(target));
    }
    expect(scaled.length).toBeGreaterThan(2 * original.length);
  });

  it('is the content itself at factor 1, and refuses a factor that is not a whole number from 1', () => {
    writeScaledContent(1, path.join(work, 'one'));
    expect(loadContent(path.join(work, 'one')).length).toBe(loadContent(CONTENT_DIR).length);
    expect(() => writeScaledContent(0, path.join(work, 'zero'))).toThrow(/whole number/);
    expect(() => writeScaledContent(1.5, path.join(work, 'half'))).toThrow(/whole number/);
  });
});
