import { describe, expect, it } from '@jest/globals';
import { snakeCase } from './naming.strategy';

describe('snakeCase', () => {
  it.each([
    ['hoursPerWeekMin', 'hours_per_week_min'],
    ['organisationId', 'organisation_id'],
    ['JobTask', 'job_task'],
    ['scoredVersion', 'scored_version'],
    ['HTMLParser', 'html_parser'],
    ['already_snake', 'already_snake'],
  ])('%s → %s', (input, expected) => {
    expect(snakeCase(input)).toBe(expected);
  });
});
