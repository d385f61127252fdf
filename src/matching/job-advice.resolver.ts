import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EarningsGuard } from '../benefits/earnings-guard.service';
import { AdviceKind, JobAdviceModel, type SupportHintParent, SupportHintModel } from '../benefits/earnings.model';
import { Ctx, CurrentViewer } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { type Lang, langOf, languageOf, Role } from '../common/enums';
import { type GraphQLContext, languageFor } from '../common/graphql/context';
import { Language } from '../common/graphql/enums';
import type { JobEntity } from '../jobs/job.entity';
import { JobModel } from '../jobs/job.model';
import { tasksOfVersion } from '../jobs/jobs.loaders';
import { JobsService } from '../jobs/jobs.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { formatNumber } from './reasons/render';
import { jobAdviceLoader } from './matches.loaders';
import { MatchesService } from './matches.service';

const langArg = { name: 'lang', type: () => Language, nullable: true } as const;

/** Job.advice: what the worker stored with the job's last run, for the job's employer and coordinators. */
@Resolver(() => JobModel)
export class JobAdviceResolver {
  constructor(
    private readonly matches: MatchesService,
    private readonly jobs: JobsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @ResolveField(() => [JobAdviceModel], {
    description: 'EMPLOYER of the job and COORDINATOR: best first; empty until scored',
  })
  async advice(
    @Parent() job: JobEntity,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JobAdviceModel[]> {
    const own = viewer.role === Role.EMPLOYER && viewer.organisationId === job.organisationId;
    if (!own && viewer.role !== Role.COORDINATOR) return [];
    const stored = (await jobAdviceLoader(ctx, this.matches).load(job.id))?.advice ?? [];
    const tasks = stored.some((a) => a.kind === AdviceKind.MAKE_TASK_MODIFIABLE)
      ? await tasksOfVersion(ctx, this.jobs, job.id, job.scoredVersion ?? job.version)
      : [];
    const accommodations = this.taxonomy.accommodations();
    return stored.map((a) => ({
      kind: a.kind,
      accommodation: accommodations.find((item) => item.ordinal === a.accommodationOrdinal) ?? null,
      task: a.taskPosition === undefined ? null : (tasks[a.taskPosition] ?? null),
      minimumHours: a.minHours ?? null,
      additionalCandidates: a.additionalCandidates,
      stored: a,
    }));
  }
}

@Resolver(() => JobAdviceModel)
export class JobAdviceFieldsResolver {
  constructor(
    private readonly guard: EarningsGuard,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @ResolveField(() => String)
  text(@Parent() advice: JobAdviceModel, @Args(langArg) lang: Language | null, @Ctx() ctx: GraphQLContext): string {
    const l = langOf(languageFor(ctx, lang));
    const label = (labels: Record<Language, string> | undefined): string => labels?.[languageOf(l)] ?? '';
    const task = advice.task ? label(this.taxonomy.taskType(advice.task.taskTypeCode)?.labels) : '';
    return adviceText(advice, l, label(advice.accommodation?.labels), task);
  }

  @ResolveField(() => [SupportHintModel], {
    description: 'supports that could pay for the change (e.g. arranging working conditions for equipment)',
  })
  async supportHints(@Parent() advice: JobAdviceModel, @Ctx() ctx: GraphQLContext): Promise<SupportHintParent[]> {
    if (!advice.accommodation) return [];
    return this.guard.accommodationHints(ctx, advice.accommodation.code);
  }
}

/** The advice as a sentence in plain words: the change, then what it gains. */
export function adviceText(advice: JobAdviceModel, lang: Lang, accommodation: string, task: string): string {
  const n = advice.additionalCandidates;
  const gain = {
    fi: n === 1 ? 'Silloin 1 ehdokas lisää sopisi.' : `Silloin ${n} ehdokasta lisää sopisi.`,
    sv: n === 1 ? 'Då skulle 1 kandidat till passa.' : `Då skulle ${n} kandidater till passa.`,
    en: n === 1 ? '1 more candidate would fit.' : `${n} more candidates would fit.`,
  }[lang];
  const hours = formatNumber(advice.stored.minHours ?? 0, lang);
  const change = {
    [AdviceKind.OFFER_ACCOMMODATION]: {
      fi: `Tarjoa järjestely: ${accommodation}.`,
      sv: `Erbjud anpassningen: ${accommodation}.`,
      en: `Offer this accommodation: ${accommodation}.`,
    },
    [AdviceKind.MAKE_TASK_MODIFIABLE]: {
      fi: `Salli, että tehtävän voi jättää pois: ${task}.`,
      sv: `Låt uppgiften kunna tas bort: ${task}.`,
      en: `Let this task be left out when needed: ${task}.`,
    },
    [AdviceKind.WIDEN_SCHEDULE]: {
      fi: 'Sovi työajat joustavasti henkilön kanssa.',
      sv: 'Kom överens om arbetstiderna flexibelt med personen.',
      en: 'Agree the working times flexibly with the person.',
    },
    [AdviceKind.LOWER_MINIMUM_HOURS]: {
      fi: `Laske vähimmäistyöaika ${hours} tuntiin viikossa.`,
      sv: `Sänk minimiarbetstiden till ${hours} timmar i veckan.`,
      en: `Lower the minimum hours to ${hours} hours a week.`,
    },
  }[advice.kind][lang];
  return `${change} ${gain}`;
}
