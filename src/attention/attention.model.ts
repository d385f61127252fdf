import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OfferModel } from '../offers/offer.model';
import { ProfileModel } from '../profiles/profile.model';
import { ProposalModel } from '../proposals/proposal.model';

/** A proposal on the needs-attention page, with the coordinator's own view of its profile (the client's name). */
@ObjectType('AttentionProposal')
export class AttentionProposalModel {
  @Field(() => ProposalModel)
  proposal: ProposalModel;

  @Field(() => ProfileModel)
  profile: ProfileModel;

  @Field(() => Date, { description: 'since when it waits: when the proposal reached its current status' })
  waitingSince: Date;
}

/** A client's answer to an offer, with the profile it was made through. */
@ObjectType('AttentionOffer')
export class AttentionOfferModel {
  @Field(() => OfferModel)
  offer: OfferModel;

  @Field(() => ProfileModel)
  profile: ProfileModel;
}

/** An ACTIVE profile with no proposal since it became active, for 30 days or more. */
@ObjectType('QuietProfile')
export class QuietProfileModel {
  @Field(() => ProfileModel)
  profile: ProfileModel;

  @Field(() => Date, { description: 'when the profile last became ACTIVE' })
  activeSince: Date;
}

@ObjectType('NeedsAttention', {
  description: "COORDINATOR: what waits in the service provider's work, each list oldest first (at most 50)",
})
export class NeedsAttentionModel {
  @Field(() => Date, {
    nullable: true,
    description:
      'the previous visit: the last time the page was recorded (recordAttentionVisit) before a break of an hour or more; null before the second visit',
  })
  lastVisitAt: Date | null;

  @Field(() => [AttentionProposalModel], { description: "employers' introduction requests waiting for a coordinator" })
  employerRequests: AttentionProposalModel[];

  @Field(() => [AttentionOfferModel], {
    description:
      'clients’ answers to offers since the previous visit (all of the last 30 days before the second visit), newest first',
  })
  clientAnswers: AttentionOfferModel[];

  @Field(() => [AttentionProposalModel], { description: 'proposals waiting for the employer for more than 7 days' })
  waitingForEmployer: AttentionProposalModel[];

  @Field(() => [QuietProfileModel], {
    description: 'ACTIVE profiles with no proposal since they became active, 30 days or more ago',
  })
  quietProfiles: QuietProfileModel[];

  @Field(() => Int, { description: 'days a proposal may wait for the employer before it shows here' })
  employerWaitDays: number;

  @Field(() => Int, { description: 'days an ACTIVE profile may go without a proposal before it shows here' })
  quietDays: number;
}

/** A recorded visit of the needs-attention page. */
@ObjectType('AttentionVisit')
export class AttentionVisitModel {
  @Field(() => Date)
  visitedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'the previous visit, from which client answers count as new; null before the second visit',
  })
  previousVisitAt: Date | null;
}
