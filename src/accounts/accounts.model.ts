import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language, OrganisationKind, Role } from '../common/graphql/enums';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => String, {
    nullable: true,
    description: 'Finnish business ID (Y-tunnus, 1234567-8), check digit validated; employers only',
  })
  businessId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Statistics Finland municipality code, three digits, e.g. 091 for Helsinki',
  })
  municipalityCode: string | null;

  /** Resolved by OrganisationResolver, which decides who sees it. */
  verifiedAt: Date | null;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'null for CLIENT users, who sign in with an access code' })
  email: string | null;

  @Field(() => Role)
  role: Role;

  /** Resolved through a per-request loader. */
  organisationId: string | null;

  @Field(() => Language)
  preferredLanguage: Language;
}

@ObjectType('NotificationSettings', { description: 'Which mails a user gets; all on by default' })
export class NotificationSettingsModel {
  @Field({ description: 'an employer: a coordinator proposes a candidate for one of your jobs' })
  proposals: boolean;

  @Field({ description: 'a coordinator: an employer asks to be introduced to one of your candidates' })
  introductions: boolean;

  @Field({ description: 'a coordinator: a client answers a job offer you made' })
  offerAnswers: boolean;

  @Field({ description: 'a proposal has waited for an answer for a week (REMINDER_AFTER_SECONDS)' })
  reminders: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Bearer token for the Authorization header' })
  token: string;

  @Field(() => UserModel)
  user: UserModel;
}
