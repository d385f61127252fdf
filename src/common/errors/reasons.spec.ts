import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';
import { Language } from '../enums';
import { Length, MaxLength } from '../validation/text';
import { IsFinnishBusinessId } from '../validation/validators';
import { ConflictError, FIELD_REASONS } from './domain-error';
import { makeFormatError, reasonOf } from './format-error';
import { reasonOfConstraint, toFieldProblems } from './validation.pipe';

class Sample {
  @Length(2, 5)
  name: string;

  @MaxLength(3)
  code: string;

  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(9)
  count: number;

  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @IsOptional()
  @IsFinnishBusinessId()
  businessId?: string;
}

const problemsOf = (plain: Record<string, unknown>) =>
  toFieldProblems(validateSync(plainToInstance(Sample, plain), { validationError: { target: false } }), 'input');

describe('the reasons of field problems', () => {
  it('maps every class-validator constraint the inputs use to a reason', () => {
    expect(
      problemsOf({ name: 'x', code: 'abcd', count: 10, language: 'DE', businessId: '1234567-0' }).map((p) => [
        p.field,
        p.reason,
      ]),
    ).toEqual([
      ['input.name', 'LENGTH_OUT_OF_RANGE'],
      ['input.code', 'TOO_LONG'],
      ['input.count', 'TOO_LARGE'],
      ['input.language', 'NOT_ALLOWED_VALUE'],
      ['input.businessId', 'INVALID_BUSINESS_ID'],
    ]);
    expect(problemsOf({ name: 'abc', code: 'a', count: 0 }).map((p) => p.reason)).toEqual(['TOO_SMALL']);
    expect(problemsOf({ name: 'abc', code: 'a', count: 'two' }).map((p) => p.reason)).toContain('WRONG_TYPE');
  });

  it('gives a constraint it does not know a reason all the same, one of the documented ones', () => {
    expect(reasonOfConstraint('someNewConstraint')).toBe('INVALID_FORMAT');
    for (const constraint of ['whitelistValidation', 'isEmail', 'arrayMaxSize', 'atMostDecimals', 'minLength']) {
      expect(FIELD_REASONS).toContain(reasonOfConstraint(constraint));
    }
  });

  it('reads the reason of graphql-js input errors from their message', () => {
    expect(reasonOf('Variable "$input" of required type "JobInput!" was not provided.', 'input')).toBe('REQUIRED');
    expect(
      reasonOf('Variable "$input" got invalid value { x: 1 }; Field "x" is not defined by type "JobInput".', 'input'),
    ).toBe('UNKNOWN_FIELD');
    expect(reasonOf('Variable "$l" got invalid value "DE"; Value "DE" does not exist in "Language" enum.', 'l')).toBe(
      'NOT_ALLOWED_VALUE',
    );
    expect(reasonOf('Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"', 'n')).toBe(
      'WRONG_TYPE',
    );
    expect(reasonOf('Syntax Error: Expected Name, found <EOF>.', 'query')).toBe('INVALID_QUERY');
  });
});

describe('the reason of a conflict', () => {
  it('is in extensions beside the code and the details', () => {
    const format = makeFormatError({ production: true, log: () => undefined });
    const error = new ConflictError('The job has changed.', 'STALE_VERSION', { currentVersion: 3 });
    expect(format({ message: error.message }, error)).toEqual({
      message: 'The job has changed.',
      extensions: { code: 'CONFLICT', currentVersion: 3, reason: 'STALE_VERSION' },
    });
  });
});
