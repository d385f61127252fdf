import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString } from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import { Length, MaxLength } from '../../common/validation/text';
import { Language } from '../../common/graphql/enums';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export const DISPLAY_NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;

@InputType('CreateClientInput')
export class CreateClientInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH, { message: `must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters` })
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  preferredLanguage?: Language | null;
}

@ArgsType()
export class ClientSearchArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'clients whose name has a word beginning with each word of this (two letters or more), in any case',
  })
  @IsOptional()
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  search?: string | null;
}
