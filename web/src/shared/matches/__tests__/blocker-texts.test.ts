import { describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES } from '../../../app/catalogues';
import generated from '../../../generated/graphql.ts?raw';

/** The values of MatchBlocker as codegen wrote them from the schema (`export type MatchBlocker = | 'A' | 'B';`). */
function generatedBlockers(): string[] {
  const union = /export type MatchBlocker =([^;]*);/.exec(generated)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
}

// Where each user group's pages write a near miss's blocker.
const WHERE = [
  { namespace: 'coordinator', path: ['work', 'blocker'] },
  { namespace: 'employer', path: ['candidates', 'blocker'] },
] as const;

function textsAt(language: string, namespace: string, path: readonly string[]): Record<string, unknown> {
  let node: unknown = (catalogues as Record<string, Record<string, unknown>>)[language][namespace];
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node ?? {}) as Record<string, unknown>;
}

describe('near-miss blocker texts', () => {
  const blockers = generatedBlockers();

  it('reads the blockers of the generated enum, EARNINGS_OVER_LIMIT among them', () => {
    expect(blockers.length).toBeGreaterThanOrEqual(8);
    expect(blockers).toContain('EARNINGS_OVER_LIMIT');
  });

  for (const { namespace, path } of WHERE)
    for (const language of LANGUAGES)
      it(`has a text for every blocker in ${namespace} (${language})`, () => {
        const texts = textsAt(language, namespace, path);
        const missing = blockers.filter((b) => typeof texts[b] !== 'string' || texts[b].trim() === '');
        expect(missing).toEqual([]);
      });
});
