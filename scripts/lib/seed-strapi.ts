import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES } from '../../site/schemas/index.ts';
import type { SeedEntry } from './content-files.ts';
import type { StrapiApp } from './strapi-app.ts';

/**
 * Loads validated seed entries into Strapi through the Document Service, idempotently.
 *
 * Each entry's content hash is kept in Strapi's core store: a file is written only when it changed since it was
 * last seeded, so a second run writes nothing, and an entry an editor changed in the admin is not overwritten
 * until its file in content/ changes. The Russian version creates the document; every other language is added
 * as a localization of that same document (`update` with `locale` — `create` would make a new document, Strapi
 * issue #24445); then each changed language is published.
 */

export interface SeedReport {
  created: string[];
  updated: string[];
  published: string[];
  unchanged: number;
}

const STORE = { type: 'core', name: 'tes-seed', key: 'hashes' } as const;

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

async function uploadFile(strapi: StrapiApp, filesDir: string, relativePath: string, hashes: Record<string, string>): Promise<number> {
  const filepath = path.join(filesDir, relativePath);
  const { size } = statSync(filepath);
  const contentHash = createHash('sha256').update(readFileSync(filepath)).digest('hex');
  const key = `file:${relativePath}`;
  const known = hashes[key]?.split(':');
  if (known && known[0] === contentHash) {
    const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { id: Number(known[1]) } });
    if (existing) return Number(known[1]);
  }
  const mimetype = MIME_TYPES[path.extname(relativePath).toLowerCase()];
  if (!mimetype) throw new Error(`content/files/${relativePath}: unsupported file type`);
  const upload = strapi.plugin('upload').service('upload') as unknown as {
    upload(input: object): Promise<Array<{ id: number }>>;
  };
  const [file] = await upload.upload({
    data: { fileInfo: { name: path.basename(relativePath) } },
    files: { filepath, originalFilename: path.basename(relativePath), mimetype, size },
  });
  hashes[key] = `${contentHash}:${file!.id}`;
  return file!.id;
}

export async function applySeed(strapi: StrapiApp, entries: SeedEntry[], filesDir: string): Promise<SeedReport> {
  const report: SeedReport = { created: [], updated: [], published: [], unchanged: 0 };
  const hashes = ((await strapi.store.get(STORE)) as Record<string, string> | null) ?? {};
  const before = JSON.stringify(hashes);

  // Group the languages of one document: the Russian entry comes first (content-files guarantees the order).
  const groups = new Map<string, SeedEntry[]>();
  for (const entry of entries) {
    const key = `${entry.collection}:${entry.slug ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }

  for (const [groupKey, group] of groups) {
    const type = CONTENT_TYPES[group[0]!.collection];
    const documents = strapi.documents(type.uid);
    const filters = group[0]!.slug === null ? {} : { slug: group[0]!.slug };
    let documentId = (await documents.findFirst({ locale: 'ru', status: 'draft', filters }))?.documentId;

    for (const entry of group) {
      const label = entry.file;
      const hashKey = `${groupKey}:${entry.locale}`;
      const hash = hashOf(entry.data);
      const data: Record<string, unknown> = { ...entry.data };
      for (const [field, value] of Object.entries(data)) {
        // Media: a path in content/ becomes a media-library file id.
        if (field === 'file' && typeof value === 'string') data[field] = await uploadFile(strapi, filesDir, value, hashes);
      }

      const existing = documentId ? await documents.findFirst({ locale: entry.locale, status: 'draft', filters: { documentId } }) : null;
      let changed = false;
      if (!documentId) {
        documentId = (await documents.create({ locale: entry.locale, data })).documentId;
        report.created.push(label);
        changed = true;
      } else if (!existing) {
        await documents.update({ documentId, locale: entry.locale, data });
        report.created.push(label);
        changed = true;
      } else if (hashes[hashKey] !== hash) {
        await documents.update({ documentId, locale: entry.locale, data });
        report.updated.push(label);
        changed = true;
      }

      const published = await documents.findFirst({ locale: entry.locale, status: 'published', filters: { documentId } });
      if (changed || !published) {
        await documents.publish({ documentId, locale: entry.locale });
        report.published.push(label);
      } else {
        report.unchanged += 1;
      }
      hashes[hashKey] = hash;
    }
  }

  // Written only when something changed, so a run that finds nothing to do leaves the database untouched.
  if (JSON.stringify(hashes) !== before) await strapi.store.set({ ...STORE, value: hashes });
  return report;
}
