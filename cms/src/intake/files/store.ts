import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Core } from '@strapi/strapi';
import type { AttachmentType } from '../../shared/contracts/attachments';
import { addDays, moscowDate } from '../../shared/calendar';
import { intakeConfig } from '../config';

/**
 * Where attachments live: a private folder (INTAKE_FILES_DIR), never the public media library, read only by the
 * officers' download route (./download.ts). Two subfolders:
 *   - incoming/: files of a post being read and checked; what is here when the CMS starts was left by a killed
 *     process (no post is in flight then) and is removed;
 *   - stored/: files of registered submissions, under a random key; each has an `appeal-file` record, and a file
 *     without one (the process died between keeping it and the commit) is removed too.
 * A file is kept INTAKE_FILE_RETENTION_DAYS after it was received, then deleted with its record.
 */
export const FILE_UID = 'api::appeal-file.appeal-file';

export const dirsOf = (root = intakeConfig().files.dir, replica = intakeConfig().files.replica) => ({
  incoming: replica ? path.join(root, 'incoming', replica) : path.join(root, 'incoming'),
  stored: path.join(root, 'stored'),
});

/** A checked file, still in incoming/. */
export interface CheckedFile {
  name: string;
  type: AttachmentType;
  path: string;
  size: number;
}

/** A file moved into stored/, with what its record says. */
export interface KeptFile extends CheckedFile {
  key: string;
  sha256: string;
}

export const storedPath = (key: string): string => {
  // Keys are ours (UUIDs); anything else never reaches the file system.
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('not a storage key');
  return path.join(dirsOf().stored, key);
};

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Moves checked files into stored/ (a rename: the same file system), before the record is written. */
export async function keepFiles(files: readonly CheckedFile[]): Promise<KeptFile[]> {
  const kept: KeptFile[] = [];
  try {
    for (const file of files) {
      const key = randomUUID();
      const sha256 = await sha256Of(file.path);
      await rename(file.path, storedPath(key));
      kept.push({ ...file, key, sha256, path: storedPath(key) });
    }
    return kept;
  } catch (error) {
    await discard(kept.map((file) => file.path));
    throw error;
  }
}

export const discard = async (paths: readonly string[]): Promise<void> => {
  await Promise.allSettled(paths.map((file) => rm(file, { force: true })));
};

/** The record of a kept file, written in the submission's transaction. */
export const fileRecord = (file: KeptFile, appeal: string, now: Date) => ({
  appeal,
  fileName: file.name,
  fileType: file.type,
  size: file.size,
  sha256: file.sha256,
  receivedAt: now.toISOString(),
  deleteAfter: addDays(moscowDate(now), intakeConfig().files.retentionDays),
  storageKey: file.key,
});

export async function prepareFileStore(): Promise<void> {
  const { incoming, stored } = dirsOf();
  await mkdir(incoming, { recursive: true, mode: 0o700 });
  await mkdir(stored, { recursive: true, mode: 0o700 });
}

export interface SweepResult {
  leftovers: number;
  orphans: number;
  expired: number;
}

/**
 * Removes what must not stay: files past their retention (and their records), stored files without a record, and —
 * at start-up, when no post is in flight — everything in incoming/. While the CMS runs, only files older than an
 * hour count as orphans or leftovers, so a post being checked or registered is never touched. Replicas sharing the
 * folder (INTAKE_REPLICA): at start-up each empties only its own incoming/<name>/, and leaves stored files younger
 * than ten minutes, which another replica may be committing right now.
 */
export async function sweepFiles(strapi: Core.Strapi, { startUp = false } = {}): Promise<SweepResult> {
  const { incoming, stored } = dirsOf();
  const shared = intakeConfig().files.replica !== null;
  const settled = async (folder: string, ownFolder: boolean) => {
    const names = (await readdir(folder, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).map((entry) => entry.name);
    if (startUp && (ownFolder || !shared)) return names;
    const cutoff = Date.now() - (startUp ? 600_000 : 3_600_000);
    const old = await Promise.all(names.map(async (name) => ((await stat(path.join(folder, name)).catch(() => null))?.mtimeMs ?? Infinity) < cutoff));
    return names.filter((_, index) => old[index]);
  };

  const leftovers = await settled(incoming, true);
  await discard(leftovers.map((name) => path.join(incoming, name)));

  const expired = (await strapi.db.query(FILE_UID).findMany({ where: { deleteAfter: { $lt: moscowDate() } }, select: ['id', 'storageKey'] })) as Array<{
    id: number;
    storageKey: string;
  }>;
  await discard(expired.map((file) => path.join(stored, file.storageKey)));
  if (expired.length) await strapi.db.query(FILE_UID).deleteMany({ where: { id: { $in: expired.map((file) => file.id) } } });

  const candidates = await settled(stored, false);
  const known = new Set(
    candidates.length
      ? ((await strapi.db.query(FILE_UID).findMany({ where: { storageKey: { $in: candidates } }, select: ['storageKey'] })) as Array<{ storageKey: string }>).map(
          (file) => file.storageKey,
        )
      : [],
  );
  const orphans = candidates.filter((name) => !known.has(name));
  await discard(orphans.map((name) => path.join(stored, name)));
  return { leftovers: leftovers.length, orphans: orphans.length, expired: expired.length };
}
