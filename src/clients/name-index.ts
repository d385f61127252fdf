import { createHmac, hkdfSync } from 'node:crypto';

/** Prefixes shorter than this are not indexed: one letter would say too much about too many names. */
export const MIN_PREFIX = 2;
/** Longer tokens are indexed (and searched) by their first this many characters. */
export const MAX_PREFIX = 16;
const TOKEN_BYTES = 16;

/** A name's words, normalised: Unicode NFKC, lower case, split at anything that is not a letter or a digit. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Every prefix of every word that a search may ask for, from MIN_PREFIX to MAX_PREFIX characters, each once. */
export function namePrefixes(displayName: string): string[] {
  const prefixes = new Set<string>();
  for (const word of nameWords(displayName)) {
    const letters = [...word];
    for (let length = MIN_PREFIX; length <= Math.min(letters.length, MAX_PREFIX); length++) {
      prefixes.add(letters.slice(0, length).join(''));
    }
  }
  return [...prefixes];
}

/** What a search looks for: each word of the query (cut to MAX_PREFIX), each once; shorter words are left out. */
export function searchPrefixes(query: string): string[] {
  const words = nameWords(query)
    .map((word) => [...word].slice(0, MAX_PREFIX).join(''))
    .filter((word) => [...word].length >= MIN_PREFIX);
  return [...new Set(words)];
}

/**
 * A keyed blind index of client names: HMAC-SHA256 of a service provider and a name prefix, with a key derived
 * (HKDF) from the data key, so the database holds no name and no prefix in clear, equal prefixes of two service
 * providers' clients give different tokens, and without the key nobody can test a guess against the index.
 */
export class NameIndex {
  private readonly key: Buffer;

  constructor(dataEncryptionKey: Buffer) {
    this.key = Buffer.from(
      hkdfSync('sha256', dataEncryptionKey, Buffer.alloc(0), 'jobcenter client name index v1', 32),
    );
  }

  token(serviceProviderId: string, prefix: string): Buffer {
    return createHmac('sha256', this.key)
      .update(`${serviceProviderId}\u0000${prefix}`)
      .digest()
      .subarray(0, TOKEN_BYTES);
  }

  /** The tokens to store for a client's name. */
  tokensOfName(serviceProviderId: string, displayName: string): Buffer[] {
    return namePrefixes(displayName).map((prefix) => this.token(serviceProviderId, prefix));
  }

  /** The tokens a matching client has every one of; empty when the query has no word long enough. */
  tokensOfQuery(serviceProviderId: string, query: string): Buffer[] {
    return searchPrefixes(query).map((prefix) => this.token(serviceProviderId, prefix));
  }
}
