import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where things are, from the repository root; every script resolves paths through here. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const CONTENT_DIR = path.join(ROOT, 'content');
export const DIST_DIR = path.join(ROOT, 'dist');
/** Local state of `npm start`: SQLite database, generated secrets, the site's read token. Git-ignored. */
export const LOCAL_DATA_DIR = path.join(CMS_DIR, '.data');
