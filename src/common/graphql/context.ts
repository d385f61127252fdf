import type { IncomingHttpHeaders } from 'node:http';
import { isLang, type Lang, Language, languageOf } from '../enums';
import type { Viewer } from '../auth/viewer';
import { LoaderRegistry } from './loaders';

/**
 * What resolvers may read of the HTTP request, whatever the adapter serves it: its headers and the caller's
 * address (Fastify's request has both).
 */
export interface HttpRequest {
  /** The request id (X-Request-Id), on every log line about the request. */
  id?: string;
  headers: IncomingHttpHeaders;
  /** The caller's address; behind a trusted proxy, from X-Forwarded-For (see TRUST_PROXY). */
  ip?: string;
  socket: { remoteAddress?: string };
}

export interface GraphQLContext {
  req: HttpRequest;
  /** Set by the auth guard once the token is verified; null for anonymous callers. */
  viewer: Viewer | null;
  /** The caller's live session (set with `viewer`, or by a sign-in): whose, and when it ends unless used again. */
  session: { id: string; userId: string; expiresAt: Date } | null;
  /** A Set-Cookie value for the answer (sign-in sets the session cookie, sign-out clears it). */
  responseCookie: string | null;
  loaders: LoaderRegistry;
  /** Language from the request's Accept-Language header, used when the caller has no account language. */
  headerLanguage: Language | null;
}

/** Picks the first supported language of an Accept-Language header, honouring q-values. */
export function languageFromHeader(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.q > 0 && isLang(entry.tag))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.length > 0 ? languageOf(ranked[0].tag as Lang) : null;
}

export function buildContext(req: HttpRequest): GraphQLContext {
  return {
    req,
    viewer: null,
    session: null,
    responseCookie: null,
    loaders: new LoaderRegistry(),
    headerLanguage: languageFromHeader(req.headers['accept-language']),
  };
}

/** The caller's address, as the HTTP layer sees it (behind a trusted proxy: from X-Forwarded-For, see TRUST_PROXY). */
export function clientAddressOf(ctx: GraphQLContext): string {
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';
}

/** The language for labels and reasons: the argument, else the account's, else the header's, else English. */
export function languageFor(ctx: GraphQLContext, explicit?: Language | null): Language {
  return explicit ?? ctx.viewer?.language ?? ctx.headerLanguage ?? Language.EN;
}
