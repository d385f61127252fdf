import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { OfferEntity } from './offer.entity';
import { OfferStatus } from './offer-status';

registerEnumType(OfferStatus, { name: 'OfferStatus' });

export { OfferStatus };

/** The `Offer` type; `job` and `carveOut` are resolved by OffersResolver through the jobs loaders. */
@ObjectType('Offer', { description: 'A job a coordinator offers to a client to look at' })
export class OfferModel {
  @Field(() => ID)
  id: string;

  /** Resolved as `job`. */
  jobId: string;

  /** For `earnings`; not in the API. */
  profileId: string;

  /** Resolved as `carveOut`. */
  carveOutTaskIds: string[];

  @Field(() => OfferStatus)
  status: OfferStatus;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => String, { nullable: true })
  clientComment: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;
}

export function toOfferModel(offer: OfferEntity): OfferModel {
  const model = new OfferModel();
  model.id = offer.id;
  model.jobId = offer.jobId;
  model.profileId = offer.profileId;
  model.carveOutTaskIds = [...offer.carveOut];
  model.status = offer.status;
  model.message = offer.message;
  model.clientComment = offer.clientComment;
  model.createdAt = offer.createdAt;
  model.respondedAt = offer.respondedAt;
  return model;
}
