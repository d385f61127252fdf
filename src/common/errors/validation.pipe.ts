import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { BadInputError, type FieldProblem, type FieldReason } from './domain-error';

/** The reason for each class-validator constraint the inputs use (ours included); anything else is INVALID_FORMAT. */
const CONSTRAINT_REASONS: Record<string, FieldReason> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  isString: 'WRONG_TYPE',
  isInt: 'WRONG_TYPE',
  isNumber: 'WRONG_TYPE',
  isBoolean: 'WRONG_TYPE',
  isArray: 'WRONG_TYPE',
  isDate: 'WRONG_TYPE',
  nestedValidation: 'WRONG_TYPE',
  isEnum: 'NOT_ALLOWED_VALUE',
  isIn: 'NOT_ALLOWED_VALUE',
  isEmail: 'INVALID_EMAIL',
  isUUID: 'INVALID_FORMAT',
  matches: 'INVALID_FORMAT',
  isMunicipalityCodeFormat: 'INVALID_FORMAT',
  isFinnishBusinessId: 'INVALID_BUSINESS_ID',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  length: 'LENGTH_OUT_OF_RANGE',
  min: 'TOO_SMALL',
  isPositive: 'TOO_SMALL',
  max: 'TOO_LARGE',
  atMostDecimals: 'TOO_MANY_DECIMALS',
  arrayMinSize: 'TOO_FEW',
  arrayMaxSize: 'TOO_MANY',
};

export function reasonOfConstraint(constraint: string): FieldReason {
  return CONSTRAINT_REASONS[constraint] ?? 'INVALID_FORMAT';
}

/** Flattens nested class-validator errors into dotted paths: input.tasks[2].demands[0].level */
export function toFieldProblems(errors: ValidationError[], prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  const walk = (list: ValidationError[], path: string): void => {
    for (const error of list) {
      const key = /^\d+$/.test(error.property)
        ? `${path}[${error.property}]`
        : path
          ? `${path}.${error.property}`
          : error.property;
      for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
        out.push({ field: key, message, reason: reasonOfConstraint(constraint) });
      }
      // A list over its size is one problem: its items are not checked one by one (2,000 bad windows are one
      // TOO_MANY, not 4,000 problems more).
      if (error.children?.length && !error.constraints?.arrayMaxSize) walk(error.children, key);
    }
  };
  walk(errors, prefix);
  return out;
}

/**
 * The global pipe: whitelist, transform, and every failure as BAD_USER_INPUT naming the field, prefixed with
 * the argument's name (STACK.md trap 7: Nest's default is a bare BAD_REQUEST).
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new BadInputError(toFieldProblems(errors, '')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadInputError && metadata.data) {
        const name = metadata.data;
        const fields = error.fields.map((f) => ({
          field: !f.field ? name : f.field.startsWith('[') ? `${name}${f.field}` : `${name}.${f.field}`,
          message: f.message,
          reason: f.reason,
        }));
        throw new BadInputError(fields);
      }
      throw error;
    }
  }
}
