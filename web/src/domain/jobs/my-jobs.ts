import type { JobStatus, MyJobsQuery, ProposalStatus } from '../../generated/graphql';

type JobNode = MyJobsQuery['jobs']['edges'][number]['node'];
type ProposalNode = MyJobsQuery['proposals']['edges'][number]['node'];

export const STATUS_ORDER: readonly JobStatus[] = ['DRAFT', 'PUBLISHED', 'FILLED', 'CLOSED'];

/** How matching stands for a job, for the sentence the list shows. */
export type MatchingWords =
  { kind: 'draft' } | { kind: 'finding' } | { kind: 'found'; count: number } | { kind: 'ended' };

export function matchingWords(job: JobNode): MatchingWords {
  if (job.status === 'DRAFT') return { kind: 'draft' };
  if (job.status !== 'PUBLISHED') return { kind: 'ended' };
  if (!job.matching.upToDate) return { kind: 'finding' };
  return { kind: 'found', count: job.matches.totalCount };
}

/** What waits for the employer on a job: coordinators' proposals to answer, and own requests answered. */
export interface Waiting {
  toAnswer: number;
  answered: number;
  open: number;
}

const ANSWERED: readonly ProposalStatus[] = ['ACCEPTED', 'DECLINED'];

export function waitingFor(jobId: string, proposals: readonly ProposalNode[]): Waiting {
  const mine = proposals.filter((p) => p.job.id === jobId);
  return {
    toAnswer: mine.filter((p) => p.status === 'AWAITING_EMPLOYER').length,
    answered: mine.filter((p) => p.initiatedBy === 'EMPLOYER' && ANSWERED.includes(p.status)).length,
    open: mine.filter((p) => p.status === 'AWAITING_COORDINATOR').length,
  };
}

export function groupByStatus(jobs: readonly JobNode[]): { status: JobStatus; jobs: JobNode[] }[] {
  return STATUS_ORDER.map((status) => ({ status, jobs: jobs.filter((job) => job.status === status) })).filter(
    (group) => group.jobs.length > 0,
  );
}
