import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language, Role } from '../common/graphql/enums';
import { Paginated } from '../common/graphql/pagination';
import type { ClientEntity } from './client.entity';

@ObjectType('Consent')
export class ConsentModel {
  @Field({ description: 'the client agrees that the anonymised profile is shown to employers' })
  shareWithEmployers: boolean;

  @Field(() => Date, { nullable: true })
  changedAt: Date | null;
}

@ObjectType('ConsentChange', { description: 'one recorded consent decision: what, when, and by whom (in role)' })
export class ConsentChangeModel {
  @Field()
  shareWithEmployers: boolean;

  @Field(() => Date)
  at: Date;

  @Field(() => Role, { description: 'COORDINATOR: recorded in person; CLIENT: the client on their own page' })
  byRole: Role;
}

/**
 * A client as the client's own service provider sees it. `displayName` and `contactEmail` are decrypted by
 * ClientsResolver through a per-request loader; `profiles` is resolved by the profiles module.
 */
@ObjectType('Client', {
  description:
    "A person served by a coordinator. Identity fields are visible to that service provider's coordinators and to the client alone.",
})
export class ClientModel {
  @Field(() => ID)
  id: string;

  /** Not in the API: the identity fields check it again before they decrypt anything. */
  serviceProviderId: string;

  @Field(() => Language)
  preferredLanguage: Language;

  @Field(() => ConsentModel)
  consent: ConsentModel;
}

@ObjectType('ClientConnection')
export class ClientConnectionModel extends Paginated(ClientModel, 'Client') {}

export function toClientModel(client: ClientEntity): ClientModel {
  return {
    id: client.id,
    serviceProviderId: client.serviceProviderId,
    preferredLanguage: client.preferredLanguage,
    consent: { shareWithEmployers: client.shareWithEmployers, changedAt: client.consentChangedAt },
  };
}
