import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { MaxLength } from '../../common/validation/text';

/** Free text of offers (the coordinator's message, the client's comment), as the `offer` table allows. */
export const OFFER_TEXT_MAX = 2000;

/** Ids are checked by the service: one that is not a UUID is NOT_FOUND like any unknown id. */
@ArgsType()
export class OfferJobArgs {
  @Field(() => ID)
  @IsString()
  jobId: string;

  @Field(() => ID)
  @IsString()
  profileId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(OFFER_TEXT_MAX)
  message?: string | null;
}

@ArgsType()
export class RespondToOfferArgs {
  @Field(() => ID)
  @IsString()
  offerId: string;

  @Field()
  @IsBoolean()
  interested: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(OFFER_TEXT_MAX)
  comment?: string | null;
}
