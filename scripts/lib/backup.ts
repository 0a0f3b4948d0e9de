import { createHash } from 'node:crypto';
import { chmodSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_INTAKE_FILES_DIR, DEFAULT_PUBLIC_DIR } from '../../cms/src/shared/storage-folders.ts';
import { CMS_DIR } from './paths.ts';
import { runSync } from './processes.ts';

/**
 * A backup of everything the site is built from and everything visitors sent (issue 17): the PostgreSQL database
 * (pg_dump's custom format: compressed, restorable table by table) and the two folders of files — the media library
 * (STRAPI_PUBLIC_DIR/uploads) and the documents attached to appeals and requests (INTAKE_FILES_DIR/stored) — each as
 * a tar archive, with a manifest of their sizes and SHA-256 sums. Restoring checks every sum before it touches
 * anything, and goes only into an empty database and empty folders: a restore never merges into live data.
 *
 * The secrets (APP_KEYS, ENCRYPTION_KEY, INTAKE_SECRET…) are not in a backup: they live in /etc/tes, and a restore
 * needs the same ones (the access codes' hashes, the API tokens and the admin's sessions are keyed by them).
 */
export const MANIFEST = 'manifest.json';
const FORMAT = 1;

export interface BackupPaths {
  /** postgres://user:password@host:port/database, as Strapi's DATABASE_URL. */
  databaseUrl: string;
  /** INTAKE_FILES_DIR: its `stored/` folder is backed up (`incoming/` holds only posts in flight). */
  filesDir: string;
  /** STRAPI_PUBLIC_DIR: its `uploads/` folder is backed up. */
  publicDir: string;
}

interface Part {
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  created: string;
  pgDump: string;
  database: Part;
  /** Each folder's archive, and the folder it came from relative to its root (restored to the same place). */
  folders: Array<Part & { root: 'filesDir' | 'publicDir'; folder: string }>;
}

/** The folders a backup holds: relative to which setting, under which name. */
const FOLDERS = [
  { root: 'publicDir', folder: 'uploads', file: 'uploads.tar' },
  { root: 'filesDir', folder: 'stored', file: 'attachments.tar' },
] as const;

/** The settings as Strapi reads them (cms/config, cms/src/intake/config.ts): relative paths from cms/. */
export function pathsFromEnv(env: NodeJS.ProcessEnv = process.env): BackupPaths {
  if (env.DATABASE_CLIENT !== 'postgres' || !env.DATABASE_URL) {
    throw new Error('Backups are of PostgreSQL: set DATABASE_CLIENT=postgres and DATABASE_URL as for Strapi (e.g. `set -a; . /etc/tes/strapi.env`).');
  }
  return {
    databaseUrl: env.DATABASE_URL,
    filesDir: path.resolve(CMS_DIR, env.INTAKE_FILES_DIR || DEFAULT_INTAKE_FILES_DIR),
    publicDir: path.resolve(CMS_DIR, env.STRAPI_PUBLIC_DIR || DEFAULT_PUBLIC_DIR),
  };
}

const sh = (command: string, args: string[], input?: string): string => runSync(command, args, { input, whenMissing: 'Debian: apt-get install postgresql-client tar' });

async function partOf(dir: string, file: string): Promise<Part> {
  const full = path.join(dir, file);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(full)) hash.update(chunk as Buffer);
  return { file, bytes: statSync(full).size, sha256: hash.digest('hex') };
}

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * Writes a backup into a new folder under `into` (tes-YYYYMMDDTHHMMSSZ) and returns its path. The database first
 * (one consistent snapshot), then the files: a document stored in between is an extra file, never a missing one.
 * Written under a `.partial` name and renamed when complete, so a half-written backup is never taken for one.
 */
export async function createBackup(paths: BackupPaths, into: string, now = new Date()): Promise<{ dir: string; manifest: Manifest }> {
  const name = `tes-${stamp(now)}`;
  const partial = path.join(into, `${name}.partial`);
  const dir = path.join(into, name);
  if (existsSync(dir)) throw new Error(`${dir} exists already`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true, mode: 0o700 });

  sh('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--file=${path.join(partial, 'database.dump')}`, `--dbname=${paths.databaseUrl}`]);
  const folders: Manifest['folders'] = [];
  for (const { root, folder, file } of FOLDERS) {
    const base = paths[root];
    const archive = path.join(partial, file);
    // An absent folder (no upload yet) is an empty archive, so a restore finds what it expects.
    if (existsSync(path.join(base, folder))) sh('tar', ['--create', `--file=${archive}`, `--directory=${base}`, '--sort=name', folder]);
    else sh('tar', ['--create', `--file=${archive}`, '--files-from=/dev/null']);
    folders.push({ ...(await partOf(partial, file)), root, folder });
  }
  const manifest: Manifest = {
    format: FORMAT,
    created: now.toISOString(),
    pgDump: sh('pg_dump', ['--version']).trim(),
    database: await partOf(partial, 'database.dump'),
    folders,
  };
  writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  // Personal data: readable by the backup's owner only, wherever the folder is copied with its modes.
  for (const part of [manifest.database, ...folders]) chmodSync(path.join(partial, part.file), 0o600);
  renameSync(partial, dir);
  return { dir, manifest };
}

/** Reads a backup's manifest and checks every part against it; throws naming the first part that differs. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const manifestFile = path.join(dir, MANIFEST);
  if (!existsSync(manifestFile)) throw new Error(`${dir} is not a complete backup: no ${MANIFEST}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  if (manifest.format !== FORMAT) throw new Error(`${dir}: backup format ${manifest.format}, this version reads ${FORMAT}`);
  for (const expected of [manifest.database, ...manifest.folders]) {
    if (!existsSync(path.join(dir, expected.file))) throw new Error(`${dir}: ${expected.file} is missing`);
    const actual = await partOf(dir, expected.file);
    if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) throw new Error(`${dir}: ${expected.file} does not match its manifest (damaged or changed)`);
  }
  return manifest;
}

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/**
 * Restores a verified backup into an empty database and empty folders (refused otherwise, before anything is
 * written). pg_restore runs in one transaction: a failure leaves the database as empty as it was.
 */
export async function restoreBackup(dir: string, paths: BackupPaths): Promise<Manifest> {
  const manifest = await verifyBackup(dir);
  const tables = sh('psql', [
    paths.databaseUrl,
    '-v',
    'ON_ERROR_STOP=1',
    '-q',
    '-A',
    '-t',
    '-c',
    "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
  ]).trim();
  if (tables !== '0') throw new Error(`The database already has ${tables} tables: restore into a new, empty database (createdb), then point Strapi at it.`);
  for (const { root, folder } of manifest.folders) {
    const target = path.join(paths[root], folder);
    if (!isEmptyDir(target)) throw new Error(`${target} is not empty: restore into empty folders.`);
  }

  sh('pg_restore', ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', `--dbname=${paths.databaseUrl}`, path.join(dir, 'database.dump')]);
  for (const { root, file } of manifest.folders) {
    mkdirSync(paths[root], { recursive: true });
    sh('tar', ['--extract', `--file=${path.join(dir, file)}`, `--directory=${paths[root]}`, '--no-same-owner']);
  }
  return manifest;
}
