import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { BadInputError, type FieldProblem } from './domain-error';

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
      for (const message of Object.values(error.constraints ?? {})) out.push({ field: key, message });
      if (error.children?.length) walk(error.children, key);
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
        }));
        throw new BadInputError(fields);
      }
      throw error;
    }
  }
}
