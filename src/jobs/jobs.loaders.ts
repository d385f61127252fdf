import type { GraphQLContext } from '../common/graphql/context';
import type { JobEntity, JobTaskEntity } from './job.entity';
import type { JobsService } from './jobs.service';

/**
 * Jobs by id, batched per request. No visibility check: use it for a job reached through an object the caller
 * may already see (a match, offer or proposal); a job asked for by id goes through JobsService.getVisible.
 */
export function jobLoader(ctx: GraphQLContext, jobs: JobsService) {
  return ctx.loaders.byId<JobEntity>('job', (ids) => jobs.byIds(ids));
}

/** Job tasks by id (carve-outs), batched per request; no visibility check, like jobLoader. */
export function jobTaskLoader(ctx: GraphQLContext, jobs: JobsService) {
  return ctx.loaders.byId<JobTaskEntity>('jobTask', (ids) => jobs.tasksByIds(ids));
}

/** The tasks a version of a job had, in order: a job's current tasks, or those a match was computed for. */
export function tasksOfVersion(
  ctx: GraphQLContext,
  jobs: JobsService,
  jobId: string,
  version: number,
): Promise<JobTaskEntity[]> {
  return ctx.loaders
    .grouped<string, JobTaskEntity>(
      'jobTasksOfVersion',
      (keys) =>
        jobs.tasksOfVersions(
          keys.map((key) => {
            const [id, v] = key.split(':');
            return { jobId: id, version: Number(v) };
          }),
        ),
      (task) => `${task.jobId}:${task.jobVersion}`,
    )
    .load(`${jobId}:${version}`);
}
