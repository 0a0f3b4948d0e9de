/**
 * Where the CMS keeps files, unless the environment says otherwise (relative to cms/, where Strapi runs): the media
 * library's public folder (STRAPI_PUBLIC_DIR, cms/config/server.ts) and the intake's private documents
 * (INTAKE_FILES_DIR, src/intake/config.ts). Defined once, here: the backup (scripts/lib/backup.ts) must find them
 * exactly where Strapi put them.
 */
export const DEFAULT_PUBLIC_DIR = './public';
export const DEFAULT_INTAKE_FILES_DIR = '.data/attachments';
