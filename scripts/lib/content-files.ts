import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { CONTENT_TYPES, LOCALES, type CollectionName, type Locale } from '../../site/schemas/index.ts';
import { localizedFields } from './strapi-schema.ts';

/**
 * Reads the canonical seed in content/ and validates it with the same schemas the site uses.
 *
 * Layout: content/<locale>/<plural-name>/<slug>.md for collection types (content/ru/faq-items/…), and
 * content/<locale>/<api-name>.md for single types (content/ru/company.md). A file is YAML front matter plus an optional Markdown body that fills the type's `bodyField`.
 * The Russian file holds every field; its Tatar twin holds only the localized ones — the shared ones (numbers,
 * phones, coordinates) are taken from the Russian file, so they cannot drift apart.
 */

export interface SeedEntry {
  collection: CollectionName;
  /** null for single types */
  slug: string | null;
  locale: Locale;
  /** Path relative to the repository root, for messages. */
  file: string;
  data: Record<string, unknown>;
}

/** A bad file: names the file and the field, so the author knows exactly what to fix. */
export class ContentFileError extends Error {
  readonly file: string;
  readonly field: string;
  constructor(file: string, field: string, problem: string) {
    super(`${file}: field "${field}": ${problem}`);
    this.name = 'ContentFileError';
    this.file = file;
    this.field = field;
  }
}

export function parseContentFile(text: string, file: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new ContentFileError(file, '(front matter)', 'the file must start with YAML front matter between --- lines');
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(match[1]!);
  } catch (error) {
    throw new ContentFileError(file, '(front matter)', `invalid YAML: ${(error as Error).message}`);
  }
  if (!frontMatter || typeof frontMatter !== 'object' || Array.isArray(frontMatter)) {
    throw new ContentFileError(file, '(front matter)', 'front matter must be a YAML mapping of field: value');
  }
  return { frontMatter: frontMatter as Record<string, unknown>, body: match[2]!.trim() };
}

function firstIssue(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0]!;
  return { field: issue.path.join('.') || '(entry)', problem: issue.message };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/** Loads and validates every entry; throws ContentFileError on the first bad file. */
export function loadContent(contentDir: string, root = path.dirname(contentDir)): SeedEntry[] {
  const entries: SeedEntry[] = [];
  const relative = (file: string) => path.relative(root, file);

  for (const [collection, type] of Object.entries(CONTENT_TYPES) as [CollectionName, (typeof CONTENT_TYPES)[CollectionName]][]) {
    const localized = localizedFields(type.apiName);
    const read = (file: string) => {
      const { frontMatter, body } = parseContentFile(readFileSync(file, 'utf8'), relative(file));
      if (body && !type.bodyField) throw new ContentFileError(relative(file), '(body)', 'this content type has no Markdown body; move the text into a field');
      if (body && type.bodyField && type.bodyField in frontMatter) {
        throw new ContentFileError(relative(file), type.bodyField, 'given both in front matter and as the body; keep one');
      }
      return body && type.bodyField ? { ...frontMatter, [type.bodyField]: body } : frontMatter;
    };
    const validate = (data: Record<string, unknown>, file: string) => {
      const result = type.seedSchema.safeParse(data);
      if (!result.success) {
        const { field, problem } = firstIssue(result.error);
        throw new ContentFileError(relative(file), field, problem);
      }
      return result.data as Record<string, unknown>;
    };

    const sources =
      type.kind === 'singleType'
        ? [{ slug: null, name: `${type.apiName}.md` }]
        : listFiles(path.join(contentDir, 'ru', type.pluralName)).map((name) => ({
            slug: name.replace(/\.md$/, ''),
            name: `${type.pluralName}/${name}`,
          }));

    for (const { slug, name } of sources) {
      const ruFile = path.join(contentDir, 'ru', name);
      if (!existsSync(ruFile)) continue;
      const ruRaw = read(ruFile);
      if (slug !== null && ruRaw.slug !== undefined && ruRaw.slug !== slug) {
        throw new ContentFileError(relative(ruFile), 'slug', `the slug is the file name ("${slug}"); remove the field or rename the file`);
      }
      const ruData = validate(slug === null ? ruRaw : { slug, ...ruRaw }, ruFile);
      entries.push({ collection, slug, locale: 'ru', file: relative(ruFile), data: ruData });

      for (const locale of LOCALES.filter((code) => code !== 'ru')) {
        const twinFile = path.join(contentDir, locale, name);
        if (!existsSync(twinFile)) throw new ContentFileError(relative(twinFile), '(file)', `missing: every Russian entry needs its ${locale} twin`);
        const twinRaw = read(twinFile);
        const shared = Object.keys(twinRaw).find((field) => !localized.has(field));
        if (shared) throw new ContentFileError(relative(twinFile), shared, 'this field is the same in every language; set it in the Russian file only');
        const shared_ = Object.fromEntries(Object.entries(ruData).filter(([field]) => !localized.has(field)));
        entries.push({ collection, slug, locale, file: relative(twinFile), data: validate({ ...shared_, ...twinRaw }, twinFile) });
      }
    }

    // A translation without its Russian original would never be seeded: say so rather than skip it.
    if (type.kind === 'collectionType') {
      for (const locale of LOCALES.filter((code) => code !== 'ru')) {
        for (const name of listFiles(path.join(contentDir, locale, type.pluralName))) {
          if (!existsSync(path.join(contentDir, 'ru', type.pluralName, name))) {
            throw new ContentFileError(relative(path.join(contentDir, locale, type.pluralName, name)), '(file)', 'has no Russian original in content/ru/');
          }
        }
      }
    }
  }
  return entries;
}
