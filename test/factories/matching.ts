import { eventually, type Stack } from '../utils/stack';

/** Waits until the worker has scored the current version of a job or profile; returns that version. */
export async function scored(stack: Stack, token: string, kind: 'job' | 'profile', id: string): Promise<number> {
  const query = `query($id: ID!) { node: ${kind}(id: $id) { version matching { upToDate scoredVersion } } }`;
  return eventually(
    async () => {
      const data = await stack.ok<{ node: { version: number; matching: { upToDate: boolean } } }>(
        query,
        { id },
        { token },
      );
      return data.node.matching.upToDate ? data.node.version : undefined;
    },
    30_000,
    `${kind} ${id} to be scored`,
  );
}

export interface MatchNode {
  id: string;
  score: number;
  feasible: boolean;
  blockers: string[];
  breakdown: { tasks: number; accommodations: number; hours: number; location: number };
  carveOut: { id: string; description: string }[];
  reasons: string[];
  jobVersion: number;
  profileVersion: number;
  candidate: { id: string; pseudonym: string };
}

export const MATCH_FIELDS = `id score feasible blockers breakdown { tasks accommodations hours location }
  carveOut { id description } reasons jobVersion profileVersion candidate { id pseudonym }`;

export async function jobMatches(
  stack: Stack,
  token: string,
  jobId: string,
  args: { feasibleOnly?: boolean; first?: number; after?: string; minScore?: number } = {},
): Promise<{ totalCount: number; nodes: MatchNode[]; endCursor: string | null; hasNextPage: boolean }> {
  const data = await stack.ok<{
    job: {
      matches: {
        totalCount: number;
        edges: { node: MatchNode }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
  }>(
    `query($id: ID!, $feasibleOnly: Boolean, $first: Int, $after: String, $minScore: Int) {
       job(id: $id) {
         matches(feasibleOnly: $feasibleOnly, first: $first, after: $after, minScore: $minScore) {
           totalCount edges { node { ${MATCH_FIELDS} } } pageInfo { endCursor hasNextPage }
         }
       }
     }`,
    {
      id: jobId,
      feasibleOnly: args.feasibleOnly ?? true,
      first: args.first ?? 20,
      after: args.after,
      minScore: args.minScore,
    },
    { token },
  );
  const { totalCount, edges, pageInfo } = data.job.matches;
  return { totalCount, nodes: edges.map((e) => e.node), ...pageInfo };
}
