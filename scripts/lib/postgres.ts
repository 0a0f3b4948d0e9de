import { existsSync } from 'node:fs';
import { runSync } from './processes.ts';

/**
 * A PostgreSQL database of our own for a test run or a benchmark, on a machine like CI's (Debian 12, root): Debian's
 * `postgresql` is installed with apt-get if missing, a cluster is started (created if there is none), and a role
 * and a fresh database are made through the `postgres` system account. Elsewhere, set TES_PG_ADMIN_URL to a
 * superuser URL (postgres://user:password@host:port/postgres) and the same happens through it.
 */
const ROLE = 'tes_test';
const PASSWORD = 'tes_test';

const sh = (command: string, args: string[], input?: string): string => runSync(command, args, { input, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

/** Runs SQL as a superuser: through TES_PG_ADMIN_URL, or as the `postgres` system account on the local cluster. */
function psql(port: number | null, sql: string) {
  const adminUrl = process.env.TES_PG_ADMIN_URL;
  if (adminUrl) return sh('psql', [adminUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-f', '-'], sql);
  return sh('runuser', ['-u', 'postgres', '--', 'psql', '-p', String(port), '-v', 'ON_ERROR_STOP=1', '-q', '-f', '-'], sql);
}

/** Installs and starts a local cluster when needed; returns its port. */
function localCluster(): number {
  if (!existsSync('/usr/bin/pg_lsclusters')) {
    if (process.getuid?.() !== 0) throw new Error('PostgreSQL is not installed: run `apt-get install -y postgresql` as root, or set TES_PG_ADMIN_URL.');
    console.log('› Installing Debian’s postgresql for the database tests (apt-get)…');
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', 'postgresql']);
  }
  let clusters = sh('pg_lsclusters', ['--no-header'])
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
  if (clusters.length === 0) {
    const version = sh('ls', ['/usr/lib/postgresql']).trim().split('\n').sort().at(-1)!;
    sh('pg_createcluster', [version, 'main', '--start']);
    clusters = sh('pg_lsclusters', ['--no-header'])
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
  }
  const [version, name, port, status] = clusters[0]!;
  if (status !== 'online') sh('pg_ctlcluster', [version!, name!, 'start']);
  return Number(port);
}

/** A new, empty database (dropped first if a previous run left it); returns its URL for DATABASE_URL. */
export function freshPostgresDatabase(name: string): string {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const adminUrl = process.env.TES_PG_ADMIN_URL;
  const port = adminUrl ? null : localCluster();
  psql(
    port,
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'; END IF; END $$;
DROP DATABASE IF EXISTS ${name} WITH (FORCE);
CREATE DATABASE ${name} OWNER ${ROLE} ENCODING 'UTF8' TEMPLATE template0;`,
  );
  const host = adminUrl ? new URL(adminUrl) : null;
  return `postgres://${ROLE}:${PASSWORD}@${host?.hostname ?? '127.0.0.1'}:${host?.port || port}/${name}`;
}

/** The rows of a query as the role of `databaseUrl` (psql: unaligned, fields split by "|"), for tests that check figures. */
export function queryPostgres(databaseUrl: string, sql: string): string[][] {
  return sh('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-A', '-t', '-F', '|', '-f', '-'], sql)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('|'));
}

export function dropPostgresDatabase(name: string): void {
  const adminUrl = process.env.TES_PG_ADMIN_URL;
  try {
    psql(adminUrl ? null : localCluster(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE);`);
  } catch {
    /* best effort: the next run drops it anyway */
  }
}
