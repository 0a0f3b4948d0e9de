import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './paths.ts';
import { LOCALES } from '../../cms/src/shared/locales.ts';

/**
 * Synthetic content for the scale benchmark (issue 17): content/ with every entry of the types that grow with the
 * company — offices, FAQ answers, information pages, contract forms, supply notices — repeated `factor` times, in
 * both languages, each copy under its own slug (`<slug>-x2`, `<slug>-x3`, …). The standard, the tariffs, the
 * payment methods and the surveys stay as they are: they do not multiply with customers. Seeded by the real seed.
 */
export const SCALED_TYPES = ['offices', 'faq-items', 'disclosure-pages', 'contract-documents', 'supply-notices'] as const;

export function writeScaledContent(factor: number, targetDir: string, sourceDir = CONTENT_DIR): { copies: number } {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`a scale factor is a whole number from 1: ${factor}`);
  rmSync(targetDir, { recursive: true, force: true });
  cpSync(sourceDir, targetDir, { recursive: true });
  let copies = 0;
  for (const type of SCALED_TYPES) {
    for (const locale of LOCALES) {
      const dir = path.join(targetDir, locale, type);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.md') && !/-x\d+\.md$/.test(file))) {
        for (let copy = 2; copy <= factor; copy += 1) {
          cpSync(path.join(dir, name), path.join(dir, name.replace(/\.md$/, `-x${copy}.md`)));
          copies += 1;
        }
      }
    }
  }
  return { copies };
}
