import type { Core } from '@strapi/strapi';
import { DEFAULT_PUBLIC_DIR } from '../src/shared/storage-folders';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  // Loopback by default: the admin and the API are not exposed beyond this machine unless HOST says so.
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Uploaded media live here; the tests point it at a throwaway folder so they never touch cms/public/uploads.
  dirs: { public: env('STRAPI_PUBLIC_DIR', DEFAULT_PUBLIC_DIR) },
  // No calls home from a utility's server; upgrades are a reviewed change to package.json.
  logger: { updates: { enabled: false } },
  // Behind a reverse proxy (TRUST_PROXY=true) the client address is the last X-Forwarded-For entry, the one the
  // proxy added; the intake's rate limits count by it. Never enable it without a proxy that sets the header.
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: 1 },
  // Idle keep-alive connections stay open longer than a proxy's usual 60 s idle timeout, so a proxy (or any client)
  // never reuses a connection the server has just closed — a 502 or "socket closed" otherwise. Node's default is 5 s.
  http: { serverOptions: { keepAliveTimeout: env.int('HTTP_KEEP_ALIVE_TIMEOUT', 65_000) } },
  app: {
    keys: env.array('APP_KEYS')!,
  },
});

export default config;
