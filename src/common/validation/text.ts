import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Length in characters as Postgres counts them (code points). class-validator's own Length and MaxLength leave
 * out variation selectors (validator.js), so a string they accept can overflow a varchar column; these do not.
 */
export function characters(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

export function Length(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'length',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `must be ${min} to ${max} characters`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && characters(value) >= min && characters(value) <= max,
      },
    });
}

export function MaxLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'maxLength',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `must be at most ${max} characters`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && characters(value) <= max },
    });
}

/** Whether a number has at most `places` decimals (2: euros and cents, hours to the minute's quarter and finer). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  const scale = 10 ** places;
  return Number.isFinite(value) && Math.round(value * scale) / scale === value;
}

export function AtMostDecimals(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'atMostDecimals',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `must be a number with at most ${places} decimals`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'number' && hasAtMostDecimals(value, places) },
    });
}

/** Blank free text is no text: null for null, undefined, empty or white space only; the text as given otherwise. */
export function textOrNull(value: string | null | undefined): string | null {
  return value && value.trim() ? value : null;
}
