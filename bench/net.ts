/** Small network helpers shared by the bench and the end-to-end tests' harness (test/utils), which imports them. */
import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 at the time of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** `url` with another host and port: a server's URL reached through a proxy in front of it. */
export function urlVia(url: string, host: string, port: number): string {
  const via = new URL(url);
  via.hostname = host;
  via.port = String(port);
  return via.toString();
}
