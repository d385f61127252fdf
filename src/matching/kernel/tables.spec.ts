import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { encodeProfileFeatures } from './features';
import type { AbilitySpec } from './specs';
import { exampleProfile } from './testing/examples';
import { ProfileTable } from './tables';

/** Abilities with repeated task types and experiences, which the masks and the packed levels must both absorb. */
const abilitiesArb: fc.Arbitrary<AbilitySpec[]> = fc.array(
  fc.record({
    taskType: fc.integer({ min: 0, max: 63 }),
    experience: fc.constantFrom(0 as const, 1 as const, 2 as const),
  }),
  { maxLength: 12 },
);

/** The level the task score uses, read from the three ability masks: listed + (experience >= 1) + (experience = 2). */
function levelFromMasks(table: ProfileTable, p: number, type: number): number {
  const w = p * 6 + (type >>> 5);
  const s = type & 31;
  const a = table.abilities;
  return ((a[w] >>> s) & 1) + ((a[w + 2] >>> s) & 1) + ((a[w + 4] >>> s) & 1);
}

describe('ProfileTable levels', () => {
  it('pack, for every task type, the level the ability masks give, however the table was built', () => {
    fc.assert(
      fc.property(fc.array(abilitiesArb, { minLength: 1, maxLength: 4 }), (lists) => {
        const specs = lists.map((abilities) => exampleProfile({ abilities }));
        const ids = Uint32Array.from(specs, (_, i) => i);
        for (const table of [
          ProfileTable.fromSpecs(specs, ids),
          ProfileTable.fromFeatures(specs.map(encodeProfileFeatures), ids),
        ]) {
          for (let p = 0; p < table.size; p++) {
            for (let type = 0; type < 64; type++) {
              const packed = (table.levels[p * 4 + (type >>> 4)] >>> ((type & 15) << 1)) & 3;
              expect([p, type, packed]).toEqual([p, type, levelFromMasks(table, p, type)]);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
