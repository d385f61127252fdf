import { FinnishBusinessIds } from 'finnish-business-ids';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Finnish business ID (Y-tunnus): seven digits, a hyphen and the check digit, which must be right. */
export function IsFinnishBusinessId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFinnishBusinessId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a Finnish business ID such as 1234567-1, with the right check digit', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^\d{7}-\d$/.test(value) && FinnishBusinessIds.isValidBusinessId(value),
      },
    });
}

/** Three-digit Statistics Finland municipality code (whether it exists is checked against the taxonomy). */
export function IsMunicipalityCodeFormat(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMunicipalityCodeFormat',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a three-digit municipality code such as 091', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && /^\d{3}$/.test(value) },
    });
}
