import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Serves the built static site the way a plain web server would: files as they are, /x/ → /x/index.html,
 * and the bilingual 404 page for anything else. Used by `npm start` and the tests.
 */
export function serveStatic(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const notFound = path.join(dir, '404.html');
  const server = createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
