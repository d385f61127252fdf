import type { StoredAdvice } from '../benefits/advice.types';
import type { GraphQLContext } from '../common/graphql/context';
import type { LazyTotalConnection } from '../common/graphql/pagination';
import type { MatchesArgs, MatchModel } from './match.model';
import type { JobMatchesAudience, MatchesService } from './matches.service';

/** Match rows by "jobId:profileId", batched per request; no visibility rules: the caller has checked. */
export function matchOfPairLoader(ctx: GraphQLContext, matches: MatchesService) {
  return ctx.loaders.get<string, MatchModel | null>('matchOfPair', async (keys) => {
    const pairs = keys.map((key) => {
      const [jobId, profileId] = key.split(':');
      return { jobId, profileId };
    });
    const found = new Map((await matches.byPairs(pairs)).map((m) => [`${m.jobId}:${m.profileId}`, m]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/**
 * A page of matches per job, for one audience and one set of arguments: one query for every job in the response
 * that asks with the same arguments; for employers it also writes the access log of the candidates shown.
 */
export function jobMatchesLoader(
  ctx: GraphQLContext,
  matches: MatchesService,
  audience: JobMatchesAudience,
  args: MatchesArgs,
) {
  return ctx.loaders.get<string, LazyTotalConnection<MatchModel>>(
    `jobMatches:${JSON.stringify([audience, args])}`,
    (ids) => matches.forJobs(ids, audience, args).then((pages) => ids.map((id) => pages.get(id)!)),
  );
}

/** A page of matches per profile, for one set of arguments, in one query (profiles the caller may see). */
export function profileMatchesLoader(ctx: GraphQLContext, matches: MatchesService, args: MatchesArgs) {
  return ctx.loaders.get<string, LazyTotalConnection<MatchModel>>(`profileMatches:${JSON.stringify(args)}`, (ids) =>
    matches.forProfiles(ids, args).then((pages) => ids.map((id) => pages.get(id)!)),
  );
}

/** The stored advice of each job (job.advice), batched per request; the caller has checked who may see it. */
export function jobAdviceLoader(ctx: GraphQLContext, matches: MatchesService) {
  return ctx.loaders.byId<{ id: string; advice: StoredAdvice[] }>('jobAdvice', (ids) => matches.adviceOfJobs(ids));
}
