import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { freePort } from '../../../bench/net.ts';

const DIST = resolve(__dirname, '../../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'";

/**
 * Serves the built pages and passes /graphql to the stack's API, on one origin, as the API itself will once it
 * serves web/dist (the `fastify` branch): the browser tests need one origin for the SameSite cookie.
 */
export async function startFrontDoor(apiUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const api = new URL(apiUrl);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/graphql')) {
      const upstream = request(
        { host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    void (async () => {
      const file = normalize(join(DIST, path));
      const found = file.startsWith(DIST) && (await stat(file).catch(() => null))?.isFile();
      const served = found ? file : join(DIST, 'index.html');
      res.writeHead(200, {
        'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': found ? 'public, max-age=31536000, immutable' : 'no-store',
      });
      createReadStream(served).pipe(res);
    })();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
