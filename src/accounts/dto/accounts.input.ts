import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, MinLength } from 'class-validator';
import { Length, MaxLength } from '../../common/validation/text';
import { Language, OrganisationKind, Role } from '../../common/graphql/enums';
import { IsFinnishBusinessId, IsMunicipalityCodeFormat } from '../../common/validation/validators';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password.service';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class SignUpEmployerInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  organisationName: string;

  @Field()
  @Transform(trim)
  @IsFinnishBusinessId()
  businessId: string;

  @Field()
  @IsMunicipalityCodeFormat()
  municipalityCode: string;

  @Field()
  @Transform(trim)
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language;
}

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsFinnishBusinessId()
  businessId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsMunicipalityCodeFormat()
  municipalityCode?: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(trim)
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field(() => String, {
    nullable: true,
    description:
      'left out: the user gets an invitation by mail and chooses their own password (acceptInvitation); refused in production',
  })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string | null;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language;
}

@InputType({ description: 'ADMIN: what changes; a field left out stays as it is' })
export class UpdateUserInput {
  @Field(() => Role, { nullable: true, description: 'EMPLOYER or COORDINATOR; a change ends the sessions' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'a change ends the sessions' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language;
}

@InputType({ description: 'the settings that change; a field left out stays as it is' })
export class NotificationSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  proposals?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  introductions?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  offerAnswers?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  reminders?: boolean;
}
