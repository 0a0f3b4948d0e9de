import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Built sites as numbered releases under <root>/releases/, and <root>/current, a symlink to the live one.
 * Switching is one rename of a symlink over another — atomic on POSIX — so a visitor gets either the whole old
 * site or the whole new one, never a half-built mix. A failed build never touches `current`.
 */
export class Releases {
  readonly root: string;
  readonly current: string;

  constructor(root: string) {
    this.root = root;
    this.current = path.join(root, 'current');
    mkdirSync(path.join(root, 'releases'), { recursive: true });
  }

  /** A fresh, empty directory for the next build. */
  next(): string {
    const dir = path.join(this.root, 'releases', `${Date.now()}-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** The directory `current` points at, or null before the first release. */
  live(): string | null {
    return existsSync(this.current) ? path.resolve(this.root, readlinkSync(this.current)) : null;
  }

  activate(dir: string): void {
    const temporary = path.join(this.root, `current.${process.pid}.tmp`);
    rmSync(temporary, { force: true });
    symlinkSync(path.relative(this.root, dir), temporary);
    renameSync(temporary, this.current);
  }

  /** Deletes a failed build's directory. */
  discard(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
  }

  /** Keeps the live release and the `keep` newest others (for a quick rollback by hand). */
  prune(keep = 2): void {
    const live = this.live();
    const releases = readdirSync(path.join(this.root, 'releases')).sort().reverse();
    for (const name of releases.slice(keep + 1)) {
      const dir = path.join(this.root, 'releases', name);
      if (dir !== live) rmSync(dir, { recursive: true, force: true });
    }
  }
}
