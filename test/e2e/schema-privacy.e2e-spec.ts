import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { Stack } from '../utils/stack';

/** The types and fields through which a person could be identified. */
const IDENTITY_TYPES = new Set(['Client', 'ClientEdge', 'ClientConnection', 'CapacityProfile', 'Consent', 'User']);
const IDENTITY_FIELDS = new Set(['displayName', 'contactEmail', 'email', 'client', 'clientId']);

/**
 * The earnings limit of a person (issue 11): never for employers. `Match.earnings` and `Offer.earnings` carry the
 * limit to coordinators and the client; they answer null to employers, always (earnings.e2e-spec.ts checks it),
 * so the walk of what employers reach passes over them and must then find no limit at all.
 */
const LIMIT_TYPES = new Set(['EarningsLimit', 'EarningsEstimate', 'EarningsLimitBasis', 'CapacityProfile']);
const LIMIT_FIELDS = new Set([
  'earningsLimit',
  'reducedWorkCapacity',
  'monthlyLimitEur',
  'withinLimit',
  'maxWeeklyHoursWithinLimit',
  'prePensionMonthlyEur',
  'sharePercent',
]);
const GATED_FOR_EMPLOYERS = new Set(['Match.earnings', 'Offer.earnings']);

/** Every path from `start` through object fields, as "Type.field → Type.field ..." strings, to each type reached. */
function reachable(
  schema: GraphQLSchema,
  start: string,
  skip: ReadonlySet<string> = new Set(),
): { types: Map<string, string>; fields: Map<string, string> } {
  const types = new Map<string, string>([[start, start]]);
  const fields = new Map<string, string>();
  const queue: string[] = [start];
  while (queue.length > 0) {
    const name = queue.shift()!;
    const type: GraphQLNamedType | undefined = schema.getType(name);
    const next: [string, string][] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (skip.has(`${name}.${field.name}`)) continue;
        const path = `${types.get(name)}.${field.name}`;
        fields.set(`${name}.${field.name}`, path);
        next.push([getNamedType(field.type).name, path]);
      }
    }
    if (isUnionType(type))
      for (const member of type.getTypes()) next.push([member.name, `${types.get(name)} | ${member.name}`]);
    for (const [target, path] of next) {
      if (!types.has(target)) {
        types.set(target, `${path} → ${target}`);
        queue.push(target);
      }
    }
  }
  return { types, fields };
}

describe('the generated schema keeps employers away from identity', () => {
  let stack: Stack;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    const data = await stack.ok<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(data);
  });
  afterAll(() => stack.stop());

  it.each(['CandidateProfile', 'Match', 'Proposal', 'Offer'])(
    'no path from %s reaches a client or an identity field',
    (start) => {
      const { types, fields } = reachable(schema, start);
      const leaks = [
        ...[...types].filter(([type]) => IDENTITY_TYPES.has(type)).map(([, path]) => path),
        ...[...fields].filter(([key]) => IDENTITY_FIELDS.has(key.split('.')[1])).map(([, path]) => path),
      ];
      expect(leaks).toEqual([]);
    },
  );

  it.each(['CandidateProfile', 'Match', 'Proposal', 'Job', 'JobAdvice', 'SupportHint', 'BenefitRule'])(
    'no path from %s reaches an earnings limit, but through the fields that answer employers null',
    (start) => {
      const { types, fields } = reachable(schema, start, GATED_FOR_EMPLOYERS);
      const leaks = [
        ...[...types].filter(([type]) => LIMIT_TYPES.has(type)).map(([, path]) => path),
        ...[...fields].filter(([key]) => LIMIT_FIELDS.has(key.split('.')[1])).map(([, path]) => path),
      ];
      expect(leaks).toEqual([]);
      // Without the two gated fields' exemption the walk does find the estimate, so it looks where it should.
      if (start === 'Match') expect(reachable(schema, start).types.has('EarningsEstimate')).toBe(true);
    },
  );

  it('walks far enough to mean something: the starting types reach what they should', () => {
    expect([...reachable(schema, 'Match').types.keys()]).toEqual(
      expect.arrayContaining(['Job', 'CandidateProfile', 'JobTask', 'Organisation', 'MatchConnection', 'TaskType']),
    );
    expect([...reachable(schema, 'Proposal').types.keys()]).toEqual(
      expect.arrayContaining(['Job', 'Match', 'CandidateProfile', 'ProposalEvent']),
    );
    expect([...reachable(schema, 'Offer').types.keys()]).toEqual(expect.arrayContaining(['Job', 'JobTask']));
    // And the walker does find identity where it is: from CapacityProfile, the coordinator's view.
    const fromProfile = reachable(schema, 'CapacityProfile');
    expect(fromProfile.types.get('Client')).toBe('CapacityProfile.client → Client');
    expect(fromProfile.fields.get('Client.displayName')).toBe('CapacityProfile.client → Client.displayName');
    expect(fromProfile.types.get('EarningsLimit')).toBe('CapacityProfile.earningsLimit → EarningsLimit');
    expect([...reachable(schema, 'Job').types.keys()]).toEqual(
      expect.arrayContaining(['JobAdvice', 'SupportHint', 'BenefitRule', 'Match']),
    );
  });
});
