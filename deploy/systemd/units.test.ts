import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The systemd units of deploy/systemd, checked two ways: by systemd itself (`systemd-analyze verify`, which needs no
 * running systemd) on copies whose machine-specific paths are moved into a temp dir, and by reading the originals
 * for what verify cannot know is wanted — a non-root user, a restart policy, environment files, the hardening.
 */

const HERE = import.meta.dirname;
const ROOT = path.resolve(HERE, '..', '..');
/** Where the units expect the checkout, the provisioned Node, the settings and the data. */
const APP = '/srv/tes/app';
const NODE = '/opt/tes/node24/node_modules/node/bin/node';
const SERVICES = ['tes-strapi@.service', 'tes-publisher.service'] as const;
const NGINX_DROP_IN = 'nginx.service.d/tes.conf';
/** The nightly backup: a oneshot service and its timer. */
const BACKUP = ['tes-backup.service', 'tes-backup.timer'] as const;

type Unit = Map<string, Array<[string, string]>>;

/** A unit file's sections and their assignments, in order (comments and blank lines dropped; we use no continuations). */
function parseUnit(text: string): Unit {
  const unit: Unit = new Map();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    expect(line.endsWith('\\'), `no line continuations: ${line}`).toBe(false);
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      if (!unit.has(section)) unit.set(section, []);
      continue;
    }
    const eq = line.indexOf('=');
    expect(eq > 0 && section !== '', `an assignment inside a section: ${line}`).toBe(true);
    unit.get(section)!.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
  }
  return unit;
}

const read = (name: string) => readFileSync(path.join(HERE, name), 'utf8');
const values = (unit: Unit, section: string, key: string) => (unit.get(section) ?? []).filter(([k]) => k === key).map(([, v]) => v);
const value = (unit: Unit, section: string, key: string) => values(unit, section, key).at(-1);
/** systemd time spans as we write them: 30s, 5min, 1h. */
const seconds = (span: string) => {
  const match = /^(\d+)\s*(s|sec|min|m|h)?$/.exec(span);
  if (!match) throw new Error(`unexpected time span ${span}`);
  return Number(match[1]) * ({ min: 60, m: 60, h: 3600 }[match[2] ?? 's'] ?? 1);
};

describe('the units as written', () => {
  for (const name of SERVICES) {
    describe(name, () => {
      const unit = parseUnit(read(name));

      it('runs as a non-root user and group', () => {
        for (const key of ['User', 'Group']) {
          const who = value(unit, 'Service', key);
          expect(who, `${key}=`).toBeTruthy();
          expect(['root', '0']).not.toContain(who);
        }
        expect(value(unit, 'Service', 'User')).toBe('tes');
        expect(value(unit, 'Service', 'DynamicUser')).toBeUndefined();
      });

      it('restarts after a failure, with a pause and a limit', () => {
        expect(value(unit, 'Service', 'Restart')).toBe('on-failure');
        expect(seconds(value(unit, 'Service', 'RestartSec') ?? '')).toBeGreaterThan(0);
        expect(Number(value(unit, 'Unit', 'StartLimitBurst'))).toBeGreaterThan(0);
      });

      it('takes its settings from an environment file in /etc/tes', () => {
        const files = values(unit, 'Service', 'EnvironmentFile');
        expect(files.length).toBeGreaterThan(0);
        // The first one is required (no "-"): a service without its settings must not start.
        expect(files[0]).toMatch(/^\/etc\/tes\/[\w.-]+\.env$/);
      });

      it('is hardened, with only its data folders writable', () => {
        expect(value(unit, 'Service', 'NoNewPrivileges')).toBe('yes');
        expect(value(unit, 'Service', 'ProtectSystem')).toBe('strict');
        expect(value(unit, 'Service', 'ProtectHome')).toBe('yes');
        expect(value(unit, 'Service', 'PrivateTmp')).toBe('yes');
        const writable = values(unit, 'Service', 'ReadWritePaths').flatMap((v) => v.split(/\s+/));
        expect(writable.length).toBeGreaterThan(0);
        for (const dir of writable) expect(dir.replace(/^-/, '')).toMatch(/^\/srv\/tes\//);
      });

      it('starts after the network (and a local PostgreSQL) and is enabled for multi-user.target', () => {
        const after = values(unit, 'Unit', 'After').flatMap((v) => v.split(/\s+/));
        expect(after).toEqual(expect.arrayContaining(['network-online.target', 'postgresql.service']));
        expect(values(unit, 'Unit', 'Wants').join(' ')).toContain('network-online.target');
        expect(value(unit, 'Install', 'WantedBy')).toBe('multi-user.target');
      });

      it('runs the provisioned Node 24 on a file of this repository, from a folder of it', () => {
        const [binary, entry, ...rest] = (value(unit, 'Service', 'ExecStart') ?? '').split(/\s+/);
        expect(binary).toBe(NODE);
        expect(entry!.startsWith(`${APP}/`)).toBe(true);
        const local = path.join(ROOT, path.relative(APP, entry!));
        // Strapi's CLI is there once cms/ is installed (npm ci in cms/, as the CI does).
        if (!local.includes('node_modules') || existsSync(path.join(ROOT, 'cms', 'node_modules'))) expect(existsSync(local), local).toBe(true);
        if (name.startsWith('tes-strapi')) expect(rest).toEqual(['start']);
        const workdir = value(unit, 'Service', 'WorkingDirectory') ?? '';
        expect(existsSync(path.join(ROOT, path.relative(APP, workdir))), workdir).toBe(true);
      });
    });
  }

  it('tes-strapi@ is a template: a shared and a per-replica environment file, the latter optional', () => {
    const unit = parseUnit(read('tes-strapi@.service'));
    expect(values(unit, 'Service', 'EnvironmentFile')).toEqual(['/etc/tes/strapi.env', '-/etc/tes/strapi-%i.env']);
    expect(value(unit, 'Service', 'WorkingDirectory')).toBe(`${APP}/cms`);
    expect(value(unit, 'Service', 'Environment')).toBe('NODE_ENV=production');
  });

  it('tes-publisher lets a build in progress finish on SIGTERM', () => {
    const unit = parseUnit(read('tes-publisher.service'));
    expect(values(unit, 'Service', 'EnvironmentFile')).toEqual(['/etc/tes/publisher.env']);
    expect(value(unit, 'Service', 'KillSignal')).toBe('SIGTERM');
    // The signal reaches the publisher only, not the Astro build it runs as a child.
    expect(value(unit, 'Service', 'KillMode')).toBe('mixed');
    expect(seconds(value(unit, 'Service', 'TimeoutStopSec') ?? '')).toBeGreaterThanOrEqual(120);
    expect(values(unit, 'Service', 'ReadWritePaths').join(' ')).toContain('/srv/tes/site');
  });

  it('tes-backup runs the backup script as tes with Strapi’s settings, writing only the backups folder, nightly', () => {
    const unit = parseUnit(read('tes-backup.service'));
    expect(value(unit, 'Service', 'Type')).toBe('oneshot');
    expect(value(unit, 'Service', 'User')).toBe('tes');
    expect(values(unit, 'Service', 'EnvironmentFile')).toEqual(['/etc/tes/strapi.env']);
    const [binary, entry, ...args] = (value(unit, 'Service', 'ExecStart') ?? '').split(/\s+/);
    expect(binary).toBe(NODE);
    expect(existsSync(path.join(ROOT, path.relative(APP, entry!)))).toBe(true);
    expect(args).toEqual(['--to', '/srv/tes/backups']);
    expect(value(unit, 'Service', 'ProtectSystem')).toBe('strict');
    expect(values(unit, 'Service', 'ReadWritePaths')).toEqual(['/srv/tes/backups']);
    expect(value(unit, 'Service', 'UMask')).toBe('0077');
    const timer = parseUnit(read('tes-backup.timer'));
    expect(value(timer, 'Timer', 'OnCalendar')).toMatch(/^\*-\*-\* \d\d:\d\d:00 Europe\/Moscow$/);
    expect(value(timer, 'Timer', 'Persistent')).toBe('true');
    expect(value(timer, 'Install', 'WantedBy')).toBe('timers.target');
  });

  it('the nginx drop-in adds a restart policy and changes nothing else about Debian’s unit', () => {
    const unit = parseUnit(read(NGINX_DROP_IN));
    expect(value(unit, 'Service', 'Restart')).toBe('on-failure');
    expect(seconds(value(unit, 'Service', 'RestartSec') ?? '')).toBeGreaterThan(0);
    const keys = [...unit.values()].flat().map(([key]) => key);
    expect(keys.sort()).toEqual(['Restart', 'RestartSec', 'StartLimitBurst', 'StartLimitIntervalSec']);
  });
});

describe('systemd-analyze verify', () => {
  const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  const work = mkdtempSync(path.join(tmpdir(), 'tes-units-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /**
   * Copies of the units that verify can check on any machine: verify refuses an ExecStart binary that does not exist
   * (and newer systemd also checks users and folders), so the Node binary becomes this process's, the /srv/tes and
   * /etc/tes paths move under a temp dir (created), and the user becomes root. Everything else is verbatim.
   */
  function stage(): string[] {
    const units = path.join(work, 'units');
    mkdirSync(path.join(units, 'nginx.service.d'), { recursive: true });
    const relocate = (text: string) =>
      text
        .replaceAll(NODE, process.execPath)
        .replace(/(?<=[\s=-])\/(srv|etc)\/tes\//g, `${work}/$1/tes/`)
        .replace(/^(User|Group)=.*$/gm, '$1=root');
    for (const name of [...SERVICES, ...BACKUP]) {
      const text = relocate(read(name));
      writeFileSync(path.join(units, name), text);
      const unit = parseUnit(text);
      for (const dir of [...values(unit, 'Service', 'WorkingDirectory'), ...values(unit, 'Service', 'ReadWritePaths').flatMap((v) => v.split(/\s+/))]) {
        mkdirSync(dir.replace(/^-/, ''), { recursive: true });
      }
      for (const file of values(unit, 'Service', 'EnvironmentFile')) {
        const envFile = file.replace(/^-/, '').replace('%i', '1');
        mkdirSync(path.dirname(envFile), { recursive: true });
        writeFileSync(envFile, '');
      }
    }
    // The drop-in is checked applied to nginx.service: Debian's own where nginx is installed, else a stand-in.
    const debian = ['/lib/systemd/system/nginx.service', '/usr/lib/systemd/system/nginx.service'].find((file) => existsSync(file));
    if (debian) copyFileSync(debian, path.join(units, 'nginx.service'));
    else
      writeFileSync(
        path.join(units, 'nginx.service'),
        `[Unit]\nDescription=nginx stand-in\n[Service]\nExecStart=${process.execPath} --version\n[Install]\nWantedBy=multi-user.target\n`,
      );
    copyFileSync(path.join(HERE, NGINX_DROP_IN), path.join(units, NGINX_DROP_IN));
    // The template itself (checked as instance "i") and two replicas, as they are enabled.
    return ['tes-strapi@.service', 'tes-strapi@1.service', 'tes-strapi@2.service', 'tes-publisher.service', ...BACKUP, 'nginx.service'].map((name) => path.join(units, name));
  }

  it('is available (apt-get install systemd)', () => {
    expect(analyze.error, 'systemd-analyze not found').toBeUndefined();
  });

  it.skipIf(analyze.error !== undefined)('finds nothing to warn about in the units and the drop-in', () => {
    const files = stage();
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', ...files], { encoding: 'utf8', env: { ...process.env, SYSTEMD_COLORS: '0' } });
    // verify exits 0 after some warnings (an unknown key, a value it cannot parse: ignored), so read what it says.
    const said = `${result.stderr}${result.stdout}`.split('\n').filter((line) => line.trim() !== '');
    const ours = said.filter((line) => /tes-|nginx|tes\.conf/.test(line) || line.includes(work));
    expect(ours, said.join('\n')).toEqual([]);
    expect(result.status, said.join('\n')).toBe(0);
  });

  it.skipIf(analyze.error !== undefined)('would notice a mistake (the check is not blind)', () => {
    const files = stage();
    const broken = path.join(path.dirname(files[0]!), 'nginx.service.d', 'tes.conf');
    writeFileSync(broken, `${readFileSync(broken, 'utf8')}Restart=sometimes\nRestartSecs=5\n`);
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', files.at(-1)!], { encoding: 'utf8' });
    expect(result.stderr).toMatch(/tes\.conf:\d+: .*sometimes/);
    expect(result.stderr).toMatch(/tes\.conf:\d+: .*RestartSecs/);
  });
});
