import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { toOfferModel } from '../offers/offer.model';
import { toProfileModel } from '../profiles/profile.model';
import { toProposalModel } from '../proposals/proposal.model';
import { AttentionVisitModel, NeedsAttentionModel } from './attention.model';
import { AttentionService, EMPLOYER_WAIT_DAYS, QUIET_DAYS } from './attention.service';

@Resolver(() => NeedsAttentionModel)
export class AttentionResolver {
  constructor(private readonly attention: AttentionService) {}

  @Roles(Role.COORDINATOR)
  @Query(() => NeedsAttentionModel, { description: "COORDINATOR: what waits in the own service provider's work" })
  async needsAttention(@CurrentViewer() viewer: Viewer): Promise<NeedsAttentionModel> {
    const found = await this.attention.needsAttention(viewer);
    const proposal = (item: (typeof found.employerRequests)[number]) => ({
      proposal: toProposalModel(item.proposal),
      profile: toProfileModel(item.profile),
      waitingSince: item.waitingSince,
    });
    return {
      lastVisitAt: found.lastVisitAt,
      employerRequests: found.employerRequests.map(proposal),
      waitingForEmployer: found.waitingForEmployer.map(proposal),
      clientAnswers: found.clientAnswers.map((item) => ({
        offer: toOfferModel(item.offer),
        profile: toProfileModel(item.profile),
      })),
      quietProfiles: found.quietProfiles.map((item) => ({
        profile: toProfileModel(item.profile),
        activeSince: item.activeSince,
      })),
      employerWaitDays: EMPLOYER_WAIT_DAYS,
      quietDays: QUIET_DAYS,
    };
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => AttentionVisitModel, {
    description:
      'COORDINATOR: records a visit of the needs-attention page now, with the previous visit (see NeedsAttention.lastVisitAt)',
  })
  recordAttentionVisit(@CurrentViewer() viewer: Viewer): Promise<AttentionVisitModel> {
    return this.attention.recordVisit(viewer);
  }
}
