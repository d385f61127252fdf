import { describe, expect, it } from '@jest/globals';
import { plainToInstance, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Max, validateSync, ValidateNested } from 'class-validator';
import { BadInputError, MAX_FIELD_PROBLEMS } from './domain-error';
import { toFieldProblems } from './validation.pipe';

class Item {
  @IsInt()
  @Max(5)
  value: number;
}

class Holder {
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => Item)
  items: Item[];
}

const problemsOf = (items: unknown[]) =>
  toFieldProblems(validateSync(plainToInstance(Holder, { items }), { validationError: { target: false } }), 'input');

describe('how many field problems an answer names', () => {
  it('names a list over its size once, without its items', () => {
    const items = Array.from({ length: 2000 }, () => ({ value: 'x' }));
    expect(problemsOf(items).map((p) => [p.field, p.reason])).toEqual([['input.items', 'TOO_MANY']]);
  });

  it('still names each bad item of a list within its size', () => {
    expect(problemsOf([{ value: 9 }, { value: 'x' }]).map((p) => [p.field, p.reason])).toEqual([
      ['input.items[0].value', 'TOO_LARGE'],
      ['input.items[1].value', 'TOO_LARGE'],
      ['input.items[1].value', 'WRONG_TYPE'],
    ]);
  });

  it('keeps at most MAX_FIELD_PROBLEMS problems', () => {
    const fields = Array.from({ length: 4001 }, (_, i) => ({
      field: `input.x[${i}]`,
      message: 'is bad',
      reason: 'INVALID_FORMAT' as const,
    }));
    expect(new BadInputError(fields).fields).toHaveLength(MAX_FIELD_PROBLEMS);
    expect(MAX_FIELD_PROBLEMS).toBe(50);
  });
});
