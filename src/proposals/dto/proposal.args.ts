import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString } from 'class-validator';
import { IdField, OptionalTextField } from '../../common/validation/fields';
import { PageArgs } from '../../common/graphql/pagination';
import { DeclineReason, PlacementOutcome, ProposalStatus } from '../proposal.model';

/** Free text of proposals (message, notes), as the `proposal` and `proposal_event` tables allow. */
export const PROPOSAL_TEXT_MAX = 2000;

// Ids are checked by the service: one that is not a UUID is NOT_FOUND like any unknown id.

@ArgsType()
export class ProposeCandidateArgs {
  @IdField()
  jobId: string;

  @IdField()
  profileId: string;

  @OptionalTextField(PROPOSAL_TEXT_MAX)
  message?: string | null;
}

@ArgsType()
export class RequestIntroductionArgs {
  @IdField()
  jobId: string;

  @IdField()
  candidateId: string;

  @OptionalTextField(PROPOSAL_TEXT_MAX)
  message?: string | null;
}

@ArgsType()
export class RespondToProposalArgs {
  @IdField()
  id: string;

  @Field()
  @IsBoolean()
  accept: boolean;

  @Field(() => DeclineReason, { nullable: true })
  @IsOptional()
  @IsEnum(DeclineReason)
  declineReason?: DeclineReason | null;

  @OptionalTextField(PROPOSAL_TEXT_MAX)
  note?: string | null;
}

@ArgsType()
export class RecordOutcomeArgs {
  @IdField()
  id: string;

  @Field(() => PlacementOutcome)
  @IsEnum(PlacementOutcome)
  outcome: PlacementOutcome;

  @OptionalTextField(PROPOSAL_TEXT_MAX)
  note?: string | null;
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  jobId?: string | null;

  @Field(() => ID, { nullable: true, description: "COORDINATOR: one profile's proposals" })
  @IsOptional()
  @IsString()
  profileId?: string | null;

  @Field(() => ProposalStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProposalStatus)
  status?: ProposalStatus | null;
}

@ArgsType()
export class PlacementStatsArgs {
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
