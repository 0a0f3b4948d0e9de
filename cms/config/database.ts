import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * One code path, two databases: the embedded SQLite file is the default (local runs, tests); production sets
 * DATABASE_CLIENT=postgres and DATABASE_URL. Nothing else in the app knows which one it is talking to.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    // DATABASE_URL is the one setting a host like ours hands out; split it into the fields Strapi's types expect.
    const url = new URL(env('DATABASE_URL', 'postgres://strapi:strapi@127.0.0.1:5432/strapi'));
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: url.hostname,
          port: Number(url.port || 5432),
          database: decodeURIComponent(url.pathname.slice(1)),
          user: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`);
  }

  // Relative paths are resolved from cms/ (this file runs from cms/dist/config after the build).
  const filename = env('DATABASE_FILENAME', '.data/strapi.db');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(__dirname, '..', '..', filename) },
      useNullAsDefault: true,
      // The seed may write while `npm start` (or the test stack) serves: WAL lets readers go on during a write, and
      // a writer waits for the other instead of failing at once with SQLITE_BUSY.
      pool: {
        afterCreate: (connection: unknown, done: (error?: Error, connection?: unknown) => void) => {
          const sqlite = connection as { pragma(statement: string): unknown };
          sqlite.pragma('journal_mode = WAL');
          sqlite.pragma('busy_timeout = 15000');
          done(undefined, connection);
        },
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
