import { describe, it, expect } from '@jest/globals';
import { ACCOMMODATION_CATEGORIES, ACCOMMODATIONS, DEMANDS, MUNICIPALITIES, TASK_TYPES, type Labels } from './index';
import type { Lang } from '../../common/enums';

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
const MAX_LABEL_LENGTH = 60;
// Words that really are the same in Finnish, Swedish and English. Empty today: add one only with a reason.
const SAME_IN_ALL_LANGUAGES: readonly string[] = [];

const labelled: { kind: string; code: string; label: Labels }[] = [
  ...ACCOMMODATIONS.map((a) => ({ kind: 'accommodation', code: a.code, label: a.label })),
  ...DEMANDS.map((d) => ({ kind: 'demand', code: d.code, label: d.label })),
  ...TASK_TYPES.map((t) => ({ kind: 'task type', code: t.code, label: t.label })),
];

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

describe('taxonomy data', () => {
  it('has the expected sizes', () => {
    expect(ACCOMMODATIONS).toHaveLength(27);
    expect(DEMANDS).toHaveLength(30);
    expect(TASK_TYPES.length).toBeGreaterThanOrEqual(25);
    expect(MUNICIPALITIES).toHaveLength(310);
  });

  it.each([
    { name: 'accommodations', items: ACCOMMODATIONS, limit: 32 },
    { name: 'demands', items: DEMANDS, limit: 32 },
    { name: 'task types', items: TASK_TYPES, limit: 64 },
    { name: 'municipalities', items: MUNICIPALITIES, limit: Infinity },
  ])('$name have unique codes and ordinals equal to their index, below $limit', ({ items, limit }) => {
    const codes = items.map((item) => item.code);
    expect(duplicates(codes)).toEqual([]);
    expect(items.map((item) => item.ordinal)).toEqual(items.map((_item, index) => index));
    expect(items.filter((item) => item.ordinal >= limit)).toEqual([]);
  });

  it('keeps the persisted order of accommodations and demands (DOMAIN.md tables)', () => {
    expect(ACCOMMODATIONS.map((a) => a.code).join(' ')).toBe(
      'sched.flex_start sched.short_shift sched.fewer_days sched.extra_breaks sched.gradual_ramp sched.leave_flex ' +
        'task.reduced_pace task.restructure task.split_steps task.single_task task.routine ' +
        'sup.instructor_onsite sup.group_work sup.mentor sup.checkins ' +
        'info.written info.visual info.reminders info.sign_lang ' +
        'env.quiet env.private_space env.lighting env.scent_free acc.step_free acc.transit acc.remote eq.ergonomic',
    );
    expect(DEMANDS.map((d) => d.code).join(' ')).toBe(
      'b130 b134 b140 b144 b152 b164 b210 b230 b280 b455 b730 d155 d166 d170 d210 d220 d230 d240 d310 d330 ' +
        'd410 d4153 d4154 d4300 d440 d445 d450 d470 d720 d740',
    );
  });

  it('uses the code formats of the contract', () => {
    for (const a of ACCOMMODATIONS) expect(a.code).toMatch(/^[a-z]+\.[a-z_]+$/);
    for (const d of DEMANDS) expect(d.code).toMatch(/^[bd]\d{3,4}$/);
    for (const t of TASK_TYPES) expect(t.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('labels every entry in fi, sv and en: short, sentence case, no trailing period, translated', () => {
    const problems: string[] = [];
    for (const { kind, code, label } of labelled) {
      for (const lang of LANGS) {
        const text = label[lang];
        const where = `${kind} ${code} (${lang}) "${text}"`;
        if (text.trim() !== text || text.length === 0) problems.push(`${where}: empty or padded`);
        if (text.length > MAX_LABEL_LENGTH) problems.push(`${where}: longer than ${MAX_LABEL_LENGTH}`);
        if (!/^\p{Lu}/u.test(text)) problems.push(`${where}: does not start with a capital`);
        if (text.endsWith('.')) problems.push(`${where}: ends with a period`);
      }
      if (label.fi === label.sv && label.sv === label.en && !SAME_IN_ALL_LANGUAGES.includes(label.en)) {
        problems.push(`${kind} ${code}: "${label.en}" is the same in all languages`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives each task type 3 to 7 typical demands on known codes, levels 0..4, each demand once', () => {
    const demandCodes = new Set(DEMANDS.map((d) => d.code));
    const problems: string[] = [];
    for (const task of TASK_TYPES) {
      const codes = task.typicalDemands.map((td) => td.demand);
      if (codes.length < 3 || codes.length > 7) problems.push(`${task.code}: ${codes.length} demands`);
      for (const code of codes.filter((c) => !demandCodes.has(c))) problems.push(`${task.code}: unknown ${code}`);
      for (const code of duplicates(codes)) problems.push(`${task.code}: ${code} listed twice`);
      for (const { demand, level } of task.typicalDemands) {
        if (!Number.isInteger(level) || level < 0 || level > 4) problems.push(`${task.code}: ${demand} level ${level}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts every accommodation in a known category and uses every category', () => {
    for (const a of ACCOMMODATIONS) expect(ACCOMMODATION_CATEGORIES).toContain(a.category);
    expect(new Set(ACCOMMODATIONS.map((a) => a.category))).toEqual(new Set(ACCOMMODATION_CATEGORIES));
  });

  it('has municipalities with three-digit codes and centroids inside Finland', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{3}$/);
      expect(m.nameFi).not.toBe('');
      expect(m.nameSv).not.toBe('');
      expect(Number.isInteger(m.population) && m.population > 0).toBe(true);
      expect(m.lat).toBeGreaterThanOrEqual(59);
      expect(m.lat).toBeLessThanOrEqual(71);
      expect(m.lon).toBeGreaterThanOrEqual(19);
      expect(m.lon).toBeLessThanOrEqual(32);
    }
    expect(MUNICIPALITIES.map((m) => m.code)).toEqual([...MUNICIPALITIES.map((m) => m.code)].sort());
  });

  it('knows Helsinki', () => {
    expect(MUNICIPALITIES.find((m) => m.code === '091')).toMatchObject({ nameFi: 'Helsinki', nameSv: 'Helsingfors' });
  });
});
