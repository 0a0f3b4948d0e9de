import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

interface StrapiAttribute {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** Reads a content type's schema.json from cms/src/api: Strapi's own definition is the one truth about it. */
export function readStrapiSchema(apiName: string): { attributes: Record<string, StrapiAttribute> } {
  const file = path.join(CMS_DIR, 'src', 'api', apiName, 'content-types', apiName, 'schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Attribute names that differ per language. A Tatar file in content/ carries only these. */
export function localizedFields(apiName: string): Set<string> {
  const { attributes } = readStrapiSchema(apiName);
  return new Set(
    Object.entries(attributes)
      .filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized !== false)
      .map(([name]) => name),
  );
}
