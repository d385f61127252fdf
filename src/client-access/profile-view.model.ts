import { Field, ObjectType } from '@nestjs/graphql';

/** One employer read of the client's anonymised profile, as the client sees it in myProfileViews. */
@ObjectType('ProfileView')
export class ProfileViewModel {
  @Field({ description: 'the organisation whose user saw the anonymised profile; never the person' })
  organisationName: string;

  @Field(() => Date)
  at: Date;
}
