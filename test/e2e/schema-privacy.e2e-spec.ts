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

/** Every path from `start` through object fields, as "Type.field → Type.field ..." strings, to each type reached. */
function reachable(schema: GraphQLSchema, start: string): { types: Map<string, string>; fields: Map<string, string> } {
  const types = new Map<string, string>([[start, start]]);
  const fields = new Map<string, string>();
  const queue: string[] = [start];
  while (queue.length > 0) {
    const name = queue.shift()!;
    const type: GraphQLNamedType | undefined = schema.getType(name);
    const next: [string, string][] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
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
  });
});
