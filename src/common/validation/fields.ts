import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { MaxLength } from './text';

/**
 * The argument and input fields that recur: an id (checked by the service: one that is not a UUID is NOT_FOUND like
 * any unknown id) and an optional free text with its limit.
 */
export const IdField = (): PropertyDecorator => applyDecorators(Field(() => ID), IsString());

export const OptionalTextField = (max: number): PropertyDecorator =>
  applyDecorators(Field(() => String, { nullable: true }), IsOptional(), IsString(), MaxLength(max));
