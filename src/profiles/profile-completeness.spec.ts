import { mayBeIncomplete, missingForActivation, type CompletenessShape } from './profile-completeness';
import { ProfileStatus } from './profile.enums';

const complete: CompletenessShape = {
  summary: 'Careful with details.',
  hoursMin: 8,
  hoursMax: 16,
  availability: [{ day: 'MON', start: '09:00', end: '13:00' }],
  municipalityCode: '091',
};

describe('missingForActivation', () => {
  it('is empty for a complete profile', () => {
    expect(missingForActivation(complete)).toEqual([]);
  });

  it('lists every field of an empty draft, in a fixed order', () => {
    expect(
      missingForActivation({ summary: '', hoursMin: null, hoursMax: null, availability: [], municipalityCode: null }),
    ).toEqual(['summary', 'hoursPerWeekMin', 'hoursPerWeekMax', 'availability', 'municipalityCode']);
  });

  it('names each missing field on its own', () => {
    expect(missingForActivation({ ...complete, summary: '   ' })).toEqual(['summary']);
    expect(missingForActivation({ ...complete, hoursMin: null })).toEqual(['hoursPerWeekMin']);
    expect(missingForActivation({ ...complete, hoursMax: null })).toEqual(['hoursPerWeekMax']);
    expect(missingForActivation({ ...complete, availability: [] })).toEqual(['availability']);
    expect(missingForActivation({ ...complete, municipalityCode: null })).toEqual(['municipalityCode']);
    expect(missingForActivation({ ...complete, municipalityCode: '' })).toEqual(['municipalityCode']);
  });

  it('counts 0 hours as given (validation refuses it, completeness does not hide it)', () => {
    expect(missingForActivation({ ...complete, hoursMin: 0 })).toEqual([]);
  });
});

describe('mayBeIncomplete', () => {
  it('allows an incomplete DRAFT or ARCHIVED profile only', () => {
    expect(Object.values(ProfileStatus).filter(mayBeIncomplete)).toEqual([ProfileStatus.DRAFT, ProfileStatus.ARCHIVED]);
  });
});
