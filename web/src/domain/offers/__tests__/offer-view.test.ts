import { describe, expect, it } from 'vitest';
import { canAnswer, keptTasks, type OfferView } from '../offer-view';

const task = (id: string) => ({ id, description: `task ${id}`, taskType: { code: 'x', label: 'X' } });

describe('keptTasks', () => {
  it('leaves out the tasks of the carve-out and keeps the order of the rest', () => {
    const offer = { carveOut: [{ id: 'b' }], job: { tasks: [task('a'), task('b'), task('c')] } } as OfferView;
    expect(keptTasks(offer).map((t) => t.id)).toEqual(['a', 'c']);
  });
});

describe('canAnswer', () => {
  it('allows an answer and a change of answer until the offer is withdrawn', () => {
    expect(canAnswer({ status: 'OFFERED' })).toBe(true);
    expect(canAnswer({ status: 'INTERESTED' })).toBe(true);
    expect(canAnswer({ status: 'NOT_INTERESTED' })).toBe(true);
    expect(canAnswer({ status: 'WITHDRAWN' })).toBe(false);
  });
});
