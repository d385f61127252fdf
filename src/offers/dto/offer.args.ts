import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { IdField, OptionalTextField } from '../../common/validation/fields';

/** Free text of offers (the coordinator's message, the client's comment), as the `offer` table allows. */
export const OFFER_TEXT_MAX = 2000;

/** Ids are checked by the service: one that is not a UUID is NOT_FOUND like any unknown id. */
@ArgsType()
export class OfferJobArgs {
  @IdField()
  jobId: string;

  @IdField()
  profileId: string;

  @OptionalTextField(OFFER_TEXT_MAX)
  message?: string | null;
}

@ArgsType()
export class RespondToOfferArgs {
  @IdField()
  offerId: string;

  @Field()
  @IsBoolean()
  interested: boolean;

  @OptionalTextField(OFFER_TEXT_MAX)
  comment?: string | null;
}
