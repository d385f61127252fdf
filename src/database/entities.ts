import { BenefitRuleEntity } from '../benefits/benefit-rule.entity';
import { OrganisationEntity } from '../accounts/organisation.entity';
import { UserEntity } from '../accounts/user.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { JobEntity, JobTaskEntity } from '../jobs/job.entity';
import { ClientIdentityEntity } from '../clients/client-identity.entity';
import { ClientEntity } from '../clients/client.entity';
import { ConsentEventEntity } from '../clients/consent-event.entity';
import { ProfileEntity } from '../profiles/profile.entity';
import { OfferEntity } from '../offers/offer.entity';
import { ProposalEntity, ProposalEventEntity } from '../proposals/proposal.entity';

/** Every TypeORM entity, listed once for the app and the CLI (no globs: they break under ESM jest). */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  JobEntity,
  JobTaskEntity,
  ClientEntity,
  ClientIdentityEntity,
  ConsentEventEntity,
  ProfileEntity,
  OfferEntity,
  ProposalEntity,
  ProposalEventEntity,
  AuditEventEntity,
  BenefitRuleEntity,
];
