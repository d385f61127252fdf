import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { COST, operationCost } from './cost';
import { LIMITS } from './limits';

const root = process.cwd();
const schema = buildSchema(readFileSync(join(root, 'schema.gql'), 'utf8'));

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const result = operationCost(schema, parse(query), variables);
  if (!('cost' in result)) throw new Error(`no cost: ${JSON.stringify(result)}`);
  return result.cost;
}

const CANDIDATE = 'score reasons candidate { pseudonym summary abilities { experience } }';
const PAGES = `query($jobs: Int, $matches: Int) { jobs(first: $jobs) { edges { node {
  matches(first: $matches) { edges { node { ${CANDIDATE} } } } } } } }`;

describe('operationCost', () => {
  it('counts `first` the same given inline, in a variable or left at its default', () => {
    const inline = costOf(`{ jobs(first: 7) { edges { node { id title } } } }`);
    expect(costOf(`query($n: Int) { jobs(first: $n) { edges { node { id title } } } }`, { n: 7 })).toBe(inline);
    expect(costOf(`query($n: Int = 7) { jobs(first: $n) { edges { node { id title } } } }`)).toBe(inline);
    expect(costOf(`{ jobs { edges { node { id title } } } }`)).toBe(
      costOf(`{ jobs(first: ${COST.defaultPage}) { edges { node { id title } } } }`),
    );
  });

  it('multiplies list sizes down the tree', () => {
    const perMatch = costOf(
      `query($m: Int) { job(id: "j") { matches(first: $m) { edges { node { ${CANDIDATE} } } } } }`,
      {
        m: 1,
      },
    );
    const small = costOf(PAGES, { jobs: 1, matches: 1 });
    const big = costOf(PAGES, { jobs: 100, matches: 100 });
    expect(big).toBeGreaterThan(100 * 100 * (perMatch - 6));
    expect(big).toBeGreaterThan(LIMITS.maxCost);
    expect(small).toBeLessThan(LIMITS.maxCost);
    // Left at their defaults, the pages are 20 × 20.
    expect(costOf(PAGES)).toBe(costOf(PAGES, { jobs: 20, matches: 20 }));
  });

  it('counts every alias and every fragment spread', () => {
    const one = `jobs { edges { node { matches { edges { node { ${CANDIDATE} } } } } } }`;
    const single = costOf(`{ a: ${one} }`);
    expect(costOf(`{ a: ${one} b: ${one} c: ${one} d: ${one} }`)).toBe(4 * single);
    const withFragment = `{ a: jobs { ...J } b: jobs { ...J } } fragment J on JobConnection { edges { node { id } } }`;
    expect(costOf(withFragment)).toBe(2 * costOf(`{ jobs { edges { node { id } } } }`));
  });

  it('leaves introspection out: it reads the schema, not data', () => {
    expect(costOf(getIntrospectionQuery())).toBe(0);
  });

  it('caps `first` at the page limit, which the resolvers enforce, and never counts below zero', () => {
    const query = `query($n: Int) { jobs(first: $n) { edges { node { id } } } }`;
    expect(costOf(query, { n: 10_000 })).toBe(costOf(query, { n: COST.maxPage }));
    expect(costOf(query, { n: -5 })).toBe(costOf(query, { n: 0 }));
  });

  it('says when the variables do not fit (execution refuses them) and when a fragment bomb selects too much', () => {
    expect(operationCost(schema, parse(`query($n: Int) { jobs(first: $n) { totalCount } }`), { n: 'many' })).toEqual({
      invalidVariables: true,
    });
    const levels = Array.from(
      { length: 6 },
      (_, i) =>
        `fragment F${i} on Job { ${Array.from({ length: 8 }, (_, k) => `a${k}: matches { edges { node { job { ...F${i + 1} } } } }`).join(' ')} }`,
    ).join('\n');
    const bomb = `{ job(id: "j") { ...F0 } } ${levels} fragment F6 on Job { id }`;
    expect(operationCost(schema, parse(bomb), {})).toEqual({ tooManyNodes: true });
  });
});

/** A value of an input type that coercion accepts: what the cost does not depend on, filled in plainly. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      // A page size the caller picks (`first`, `nearMissesFirst`, …) is counted at its largest.
      return name === 'first' || name.endsWith('First') ? COST.maxPage : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return 'x';
  }
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

describe("the web app's documents", () => {
  const definitions = graphqlFiles(join(root, 'web', 'src')).flatMap(
    (file) => parse(readFileSync(file, 'utf8')).definitions,
  );
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it('are found', () => {
    expect(operations.length).toBeGreaterThanOrEqual(25);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? 'anonymous', operation] as const))(
    '%s stays within the cost limit with its largest pages',
    (_, operation) => {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => {
          const type = typeFromAST(schema, definition.type) as GraphQLInputType;
          const name = definition.variable.name.value;
          return [name, sampleValue(type, name)];
        }),
      );
      const result = operationCost(schema, document, variables, operation.name?.value);
      expect(result).toEqual({ cost: expect.any(Number) });
      expect((result as { cost: number }).cost).toBeLessThanOrEqual(LIMITS.maxCost);
    },
  );
});
