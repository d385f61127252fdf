import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums';
import { Paginated } from '../common/graphql/pagination';
import type { ProposalEntity, ProposalEventEntity } from './proposal.entity';
import { DeclineReason, PlacementOutcome, ProposalStatus } from './proposal-status';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  valuesMap: {
    AWAITING_EMPLOYER: { description: 'a coordinator proposed the candidate; waiting for the employer' },
    AWAITING_COORDINATOR: { description: 'an employer asked to be introduced; waiting for the coordinator' },
    ACCEPTED: { description: 'both sides agreed to meet' },
  },
});
registerEnumType(DeclineReason, { name: 'DeclineReason' });
registerEnumType(PlacementOutcome, { name: 'PlacementOutcome' });

export { DeclineReason, PlacementOutcome, ProposalStatus };

@ObjectType('ProposalEvent')
export class ProposalEventModel {
  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  at: Date;
}

/**
 * The `Proposal` type. `job`, `candidate` (always the anonymised CandidateProfile), `match` and `events` are
 * resolved by ProposalsResolver through per-request loaders. Only proposals with a profile are ever shown.
 */
@ObjectType('Proposal')
export class ProposalModel {
  @Field(() => ID)
  id: string;

  /** Resolved as `job`. */
  jobId: string;

  /** Resolved as `candidate` and `match`. */
  profileId: string;

  @Field(() => Role)
  initiatedBy: Role;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => DeclineReason, { nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('ProposalConnection')
export class ProposalConnection extends Paginated(ProposalModel, 'Proposal') {}

@ObjectType('PlacementStats')
export class PlacementStatsModel {
  @Field(() => Int)
  proposals: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  trials: number;

  @Field(() => Int)
  hires: number;

  @Field(() => Float, { description: 'hires divided by proposals, 0 when there are none' })
  placementRate: number;

  @Field(() => Float, { nullable: true })
  medianDaysToHire: number | null;
}

@ObjectType('CoordinatorPlacementStats', {
  description: 'placement results of one coordinator: the proposals they made or first answered',
})
export class CoordinatorPlacementStatsModel {
  @Field(() => ID, { nullable: true, description: "null for employers' requests nobody has answered yet" })
  coordinatorId: string | null;

  @Field(() => String, { nullable: true })
  coordinatorEmail: string | null;

  @Field(() => PlacementStatsModel)
  stats: PlacementStatsModel;
}

/** A shown proposal; the service never hands out one without a profile (an erased client's). */
export function toProposalModel(proposal: ProposalEntity): ProposalModel {
  if (!proposal.profileId) throw new Error(`proposal ${proposal.id} has no profile and must not be shown`);
  const model = new ProposalModel();
  model.id = proposal.id;
  model.jobId = proposal.jobId;
  model.profileId = proposal.profileId;
  model.initiatedBy = proposal.initiatedBy;
  model.status = proposal.status;
  model.message = proposal.message;
  model.declineReason = proposal.declineReason;
  model.createdAt = proposal.createdAt;
  model.updatedAt = proposal.updatedAt;
  return model;
}

export function toProposalEventModel(event: ProposalEventEntity): ProposalEventModel {
  const model = new ProposalEventModel();
  model.status = event.status;
  model.actorRole = event.actorRole;
  model.note = event.note;
  model.at = event.at;
  return model;
}
