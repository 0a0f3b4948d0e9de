import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENT_LAYOUTS, CONTENT_TYPE_LAYOUTS } from './field-labels.ts';
import { APPEAL_UID, READING_UID } from '../intake/register.ts';
import { OFFICER_VIEWS } from '../bootstrap/admin-views.ts';
import { FILE_UID } from '../intake/files/store.ts';
import { PAGE_FEEDBACK_UID, SATISFACTION_UID } from '../intake/feedback.ts';

const SRC = path.resolve(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, { type: string }> };

describe('admin labels and hints', () => {
  it('cover every field of every content type, and name no field that does not exist', () => {
    for (const api of readdirSync(path.join(SRC, 'api'))) {
      const uid = `api::${api}.${api}`;
      // Visitor submissions are labelled for the staff who read them by bootstrap/admin-views.ts.
      if (Object.prototype.hasOwnProperty.call(OFFICER_VIEWS, uid)) continue;
      // An API of routes only (the intake) has no content type.
      if (!existsSync(path.join(SRC, 'api', api, 'content-types'))) continue;
      const { attributes } = readJson(path.join(SRC, 'api', api, 'content-types', api, 'schema.json'));
      expect(Object.keys(CONTENT_TYPE_LAYOUTS[uid]?.fields ?? {}).sort(), uid).toEqual(Object.keys(attributes).sort());
      for (const column of CONTENT_TYPE_LAYOUTS[uid]!.listColumns) {
        expect(
          column === 'updatedAt' || ['string', 'enumeration', 'integer', 'decimal', 'date', 'datetime', 'boolean', 'email'].includes(attributes[column]?.type ?? ''),
          `${uid} column ${column}`,
        ).toBe(true);
      }
    }
  });

  it('name every field of the visitors’ submissions for the staff who read them (but the private ones, which the admin never shows)', () => {
    for (const [uid, folder] of [
      [APPEAL_UID, 'appeal'],
      [READING_UID, 'meter-reading'],
      [FILE_UID, 'appeal-file'],
      [SATISFACTION_UID, 'satisfaction'],
      [PAGE_FEEDBACK_UID, 'page-feedback'],
    ] as const) {
      const { attributes } = readJson(path.join(SRC, 'api', folder, 'content-types', folder, 'schema.json'));
      const unlabelled = Object.keys(attributes).filter((field) => field !== 'accessCodeHash' && field !== 'storageKey' && !OFFICER_VIEWS[uid]!.labels[field]);
      expect(unlabelled, uid).toEqual([]);
    }
  });

  it('cover every field of every component', () => {
    for (const category of readdirSync(path.join(SRC, 'components'))) {
      for (const file of readdirSync(path.join(SRC, 'components', category))) {
        const uid = `${category}.${file.replace(/\.json$/, '')}`;
        const { attributes } = readJson(path.join(SRC, 'components', category, file));
        expect(Object.keys(COMPONENT_LAYOUTS[uid] ?? {}).sort(), uid).toEqual(Object.keys(attributes).sort());
      }
    }
  });

  it('keeps labels short and hints useful', () => {
    const texts = [
      ...Object.values(CONTENT_TYPE_LAYOUTS).flatMap((layout) => Object.values(layout.fields)),
      ...Object.values(COMPONENT_LAYOUTS).flatMap((fields) => Object.values(fields)),
    ];
    for (const text of texts) {
      expect(text.label.length, text.label).toBeLessThanOrEqual(40);
      expect(text.hint.length, text.hint).toBeGreaterThan(20);
    }
  });
});
