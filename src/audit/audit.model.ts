import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Role } from '../common/graphql/enums';
import { LIMITS } from '../common/graphql/limits';
import { Paginated } from '../common/graphql/pagination';
import { MaxLength } from '../common/validation/text';

@ObjectType('AuditEvent', {
  description: 'Something an ADMIN did: created or changed an organisation or a user, verified an employer',
})
export class AuditEventModel {
  @Field(() => Date)
  at: Date;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => String, {
    description: 'e.g. ORGANISATION_CREATED, USER_CREATED, ORGANISATION_VERIFIED, CANDIDATE_VIEW_LIMIT_REACHED',
  })
  action: string;

  /** Resolved through the per-request organisation loader. */
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  detail: string | null;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Paginated(AuditEventModel, 'AuditEvent') {}

/** The contract's `auditLog(first: Int = 50, after: String)`. */
@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.maxPageSize)
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}
