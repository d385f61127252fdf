import { describe, expect, it } from 'vitest';
import type { PlacementResultsQuery } from '../../../generated/graphql';
import { chartScale, periodRange, resultRows, resultsCsv, thisYear } from '../results';

const figures = (proposals: number, hires: number, median: number | null = null) => ({
  proposals,
  accepted: hires,
  trials: 0,
  hires,
  placementRate: proposals === 0 ? 0 : hires / proposals,
  medianDaysToHire: median,
});

const data = {
  placementStats: figures(6, 2, 12.5),
  placementStatsByCoordinator: [
    { coordinatorId: null, coordinatorEmail: null, stats: figures(1, 0) },
    { coordinatorId: 'u2', coordinatorEmail: 'sanna@example.fi', stats: figures(2, 1, 10) },
    { coordinatorId: 'u1', coordinatorEmail: 'aino@example.fi', stats: figures(3, 1, 15) },
  ],
} as unknown as PlacementResultsQuery;

describe('placement results', () => {
  it('lists the service provider first, coordinators by email, unanswered requests last', () => {
    expect(resultRows(data).map((row) => [row.kind, row.who])).toEqual([
      ['provider', null],
      ['coordinator', 'aino@example.fi'],
      ['coordinator', 'sanna@example.fi'],
      ['unassigned', null],
    ]);
    expect(chartScale(resultRows(data))).toBe(6);
    expect(chartScale([])).toBe(1);
  });

  it('turns a period of whole days into the half-open range the API counts', () => {
    const range = periodRange({ from: '2026-01-01', to: '2026-01-31' });
    expect(range).not.toBeNull();
    const from = new Date(range!.from);
    const to = new Date(range!.to);
    expect([from.getFullYear(), from.getMonth(), from.getDate(), from.getHours()]).toEqual([2026, 0, 1, 0]);
    expect([to.getFullYear(), to.getMonth(), to.getDate(), to.getHours()]).toEqual([2026, 1, 1, 0]);
    expect(periodRange({ from: '2026-02-01', to: '2026-01-31' })).toBeNull();
    expect(periodRange({ from: '2026-02-30', to: '2026-03-01' })).toBeNull();
    expect(periodRange({ from: '', to: '2026-03-01' })).toBeNull();
    expect(thisYear(new Date(2026, 11, 2))).toEqual({ from: '2026-01-01', to: '2026-12-02' });
  });

  it('writes CSV with a header, quoted names, fractions and empty medians', () => {
    const rows = resultRows(data);
    const csv = resultsCsv(
      rows,
      ['Who', 'Proposals', 'Accepted', 'Trials', 'Hires', 'Placement rate', 'Median days to hire'],
      (row) => (row.kind === 'provider' ? 'Palvelu "Oy", Helsinki' : (row.who ?? 'Unanswered')),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Who,Proposals,Accepted,Trials,Hires,Placement rate,Median days to hire',
      '"Palvelu ""Oy"", Helsinki",6,2,0,2,0.3333,12.5',
      'aino@example.fi,3,1,0,1,0.3333,15.0',
      'sanna@example.fi,2,1,0,1,0.5000,10.0',
      'Unanswered,1,0,0,0,0.0000,',
      '',
    ]);
  });
});
