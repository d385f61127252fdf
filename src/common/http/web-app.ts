import { statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/env';

/** The built web app when WEB_DIST_DIR is not given: `web/dist` under the project root. */
const DEFAULT_DIST = resolve(__dirname, '..', '..', '..', '..', 'web', 'dist');

/** Hashed file names never change content: a browser may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Paths that belong to the API: never answered with a page, also where no route of theirs matches. */
const API_PATHS = ['/graphql', '/health', '/metrics'];

function isApiPath(path: string): boolean {
  return API_PATHS.some((api) => path === api || path.startsWith(`${api}/`));
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app from WEB_DIST_DIR (default web/dist) at `/`, when that directory exists: hashed
 * files under /assets/ as immutable (a missing one is a real 404, never the page), any other GET or HEAD outside
 * the API's paths the file of that name or else index.html (the app routes in the browser), with `no-store`.
 * Outside production, a browser opening /graphql gets the bundled explorer (explorer.html) when it is there.
 * Without the directory nothing is added and the API answers as without pages.
 */
export async function registerWebApp(fastify: FastifyInstance, config: AppConfig): Promise<string | null> {
  const root = resolve(config.webDistDir ?? DEFAULT_DIST);
  try {
    if (!statSync(root).isDirectory()) return null;
  } catch {
    return null;
  }
  await fastify.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    cacheControl: false,
    setHeaders: (reply: FastifyReply) => {
      void reply.header('cache-control', IMMUTABLE);
    },
  });
  // Only `reply.sendFile`, for the pages below; `no-store` is already set on every answer.
  await fastify.register(fastifyStatic, { root, serve: false, cacheControl: false, index: false });

  const explorer = !config.production && isFile(join(root, 'explorer.html'));
  if (explorer) {
    fastify.addHook('onRequest', (request, reply, done) => {
      if (
        request.method === 'GET' &&
        pathOf(request.url) === '/graphql' &&
        request.headers.accept?.includes('text/html')
      ) {
        void reply.sendFile('explorer.html');
        return;
      }
      done();
    });
  }

  const page = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const path = decodeURIComponentSafe(pathOf(request.url));
    if (path === null || isApiPath(path) || path.startsWith('/assets/')) {
      reply.callNotFound();
      return reply;
    }
    const file = resolve(root, `.${path}`);
    const inside =
      file.startsWith(root + sep) &&
      !file
        .slice(root.length)
        .split(sep)
        .some((p) => p.startsWith('.'));
    if (inside && path !== '/' && isFile(file)) return reply.sendFile(file.slice(root.length + 1));
    return reply.sendFile('index.html');
  };
  // HEAD comes with GET (Fastify's exposeHeadRoutes).
  fastify.get('/*', page);
  return root;
}

function decodeURIComponentSafe(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
