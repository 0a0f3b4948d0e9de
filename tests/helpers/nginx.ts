import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * The real nginx (Debian's, with its brotli_static module) running deploy/nginx/tes.conf — the production file, with
 * only its paths and ports moved: the live release → `siteDir`, `listen 80` → `port`, the replicas → `upstreams`.
 */
export interface NginxOptions {
  dir: string;
  port: number;
  siteDir: string;
  upstreams: string[];
  /** Replace the intake's rate (`30r/m`), e.g. for a load test from one address. */
  intakeRate?: string;
}

export const NGINX_CONF = path.join(ROOT, 'deploy', 'nginx', 'tes.conf');
export const NGINX_HEADERS = path.join(ROOT, 'deploy', 'nginx', 'tes-headers.conf');
export const NGINX_HEADERS_COMMON = path.join(ROOT, 'deploy', 'nginx', 'tes-headers-common.conf');

export function renderNginxConfig(options: NginxOptions): string {
  let conf = readFileSync(NGINX_CONF, 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${options.port};`)
    .replaceAll('/srv/tes/site/current', options.siteDir)
    .replaceAll('/etc/nginx/tes-headers.conf', path.join(options.dir, 'tes-headers.conf'))
    .replaceAll('/etc/nginx/tes-headers-common.conf', NGINX_HEADERS_COMMON)
    .replace(
      /(upstream tes_strapi \{[\s\S]*?)((?:\s*server [^\n]+\n)+)/,
      (_, head: string) => `${head}\n${options.upstreams.map((upstream) => `  server ${upstream} max_fails=1 fail_timeout=10s;`).join('\n')}\n`,
    );
  if (options.intakeRate) conf = conf.replace('rate=30r/m', `rate=${options.intakeRate}`);
  for (const [from, to] of [
    ['listen 80;', 'port'],
    ['/srv/tes/site/current', 'site'],
    ['127.0.0.1:1337', 'upstream'],
  ] as const)
    if (conf.includes(from)) throw new Error(`nginx test config: ${to} not moved (${from})`);
  return conf;
}

function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => (Date.now() > until ? reject(new Error(`nginx did not listen on ${port}`)) : setTimeout(attempt, 100)));
    };
    attempt();
  });
}

export async function startNginx(options: NginxOptions): Promise<{ url: string; stop(): Promise<void>; errorLog(): string }> {
  mkdirSync(options.dir, { recursive: true });
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(options.dir, sub), { recursive: true });
  writeFileSync(path.join(options.dir, 'tes.conf'), renderNginxConfig(options));
  // The headers' snippet includes the common one by its installed path: moved too.
  writeFileSync(path.join(options.dir, 'tes-headers.conf'), readFileSync(NGINX_HEADERS, 'utf8').replaceAll('/etc/nginx/tes-headers-common.conf', NGINX_HEADERS_COMMON));
  const main = `# The test's nginx.conf: Debian's defaults that matter, temporary paths, and the production server block.
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
user root;
worker_processes 1;
daemon off;
pid ${options.dir}/nginx.pid;
error_log ${options.dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  types { application/atom+xml atom; application/feed+json json; text/calendar ics; }
  default_type application/octet-stream;
  sendfile on;
  access_log ${options.dir}/access.log;
  client_body_temp_path ${options.dir}/body;
  proxy_temp_path ${options.dir}/proxy;
  fastcgi_temp_path ${options.dir}/fastcgi;
  uwsgi_temp_path ${options.dir}/uwsgi;
  scgi_temp_path ${options.dir}/scgi;
  include ${options.dir}/tes.conf;
}
`;
  writeFileSync(path.join(options.dir, 'nginx.conf'), main);
  const test = spawn('nginx', ['-t', '-p', options.dir, '-c', path.join(options.dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const checked = await new Promise<{ code: number | null; output: string }>((resolve) => {
    let output = '';
    test.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    test.on('exit', (code) => resolve({ code, output }));
  });
  if (checked.code !== 0) throw new Error(`nginx -t failed:\n${checked.output}`);
  const child: ChildProcess = spawn('nginx', ['-p', options.dir, '-c', path.join(options.dir, 'nginx.conf')], { stdio: 'ignore' });
  await waitForPort(options.port);
  return {
    url: `http://127.0.0.1:${options.port}`,
    errorLog: () => readFileSync(path.join(options.dir, 'error.log'), 'utf8'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
