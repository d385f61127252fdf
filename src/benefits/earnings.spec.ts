import { describe, expect, it } from '@jest/globals';
import { BenefitRuleKind, EarningsLimitBasis } from './benefit-rule.kind';
import {
  earningsSummary,
  estimateEarnings,
  euros,
  inForce,
  type Rule,
  resolveLimit,
  RulesOfDay,
  supportHints,
  weeklyHoursCap,
} from './earnings';

function rule(code: string, fields: Partial<Rule> = {}): Rule {
  return {
    code,
    kind: code.startsWith('pension') ? BenefitRuleKind.EARNINGS_LIMIT : BenefitRuleKind.EMPLOYER_SUPPORT,
    labelFi: code,
    labelSv: code,
    labelEn: code,
    explanationFi: '',
    explanationSv: '',
    explanationEn: '',
    amountEur: null,
    percent: null,
    maxMonths: null,
    validFrom: '2024-01-01',
    validTo: null,
    sourceUrl: 'https://example.fi/',
    ...fields,
  };
}

const RULES = [
  rule('pension.guarantee_floor', { amountEur: 976.59, validTo: '2026-12-31' }),
  rule('pension.guarantee_floor', { amountEur: 1000, validFrom: '2027-01-01' }),
  rule('pension.full_share', { percent: 40 }),
  rule('pension.partial_share', { percent: 60 }),
  rule('pay_subsidy.reduced_work_capacity', { percent: 70, amountEur: 1770, maxMonths: 24 }),
  rule('pay_subsidy.general', { percent: 50, amountEur: 1260, maxMonths: 10 }),
  rule('working_conditions.equipment', { amountEur: 4000 }),
  rule('working_conditions.coworker_help', { amountEur: 20, maxMonths: 18 }),
  rule('helsinki_benefit', { amountEur: 800, validFrom: '2025-01-01', validTo: '2025-12-31' }),
  rule('helsinki_benefit', { amountEur: 1500, percent: 50, validFrom: '2026-01-01' }),
];

describe('rules of a day', () => {
  it('holds from the first day to the last, both included, and never outside', () => {
    const r = { validFrom: '2025-01-01', validTo: '2025-12-31' };
    expect([
      inForce(r, '2024-12-31'),
      inForce(r, '2025-01-01'),
      inForce(r, '2025-12-31'),
      inForce(r, '2026-01-01'),
    ]).toEqual([false, true, true, false]);
    expect(inForce({ validFrom: '2025-01-01', validTo: null }, '9999-12-31')).toBe(true);
  });

  it('picks the figure of the day for each code', () => {
    expect(new RulesOfDay('2026-12-31', RULES).get('pension.guarantee_floor')?.amountEur).toBe(976.59);
    expect(new RulesOfDay('2027-01-01', RULES).get('pension.guarantee_floor')?.amountEur).toBe(1000);
    expect(new RulesOfDay('2023-12-31', RULES).get('pension.guarantee_floor')).toBeUndefined();
  });

  it("keys the day's earnings limits: a new period changes the key, an employer support's does not", () => {
    const key = (day: string) => new RulesOfDay(day, RULES).limitsKey();
    expect(key('2026-06-01')).toBe(key('2026-12-31'));
    expect(key('2026-12-31')).not.toBe(key('2027-01-01'));
    expect(key('2025-12-31')).toBe(key('2026-01-01'));
    expect(key('2027-01-01')).toContain('pension.guarantee_floor@2027-01-01:1000:');
    expect(key('2027-01-01')).not.toContain('helsinki_benefit');
  });
});

describe('the earnings limit', () => {
  const day = new RulesOfDay('2026-06-01', RULES);
  const limit = (basis: EarningsLimitBasis, fields: object = {}) =>
    resolveLimit({ basis, fixedEur: null, prePensionEur: null, sharePercent: null, ...fields }, day);

  it('is the fixed figure, the share (at least the floor), or the floor of the day', () => {
    expect(limit(EarningsLimitBasis.NONE)).toEqual({ monthlyLimitEur: null, rule: null });
    expect(limit(EarningsLimitBasis.FIXED, { fixedEur: 986 })).toEqual({ monthlyLimitEur: 986, rule: null });
    expect(limit(EarningsLimitBasis.GUARANTEE_FLOOR).monthlyLimitEur).toBe(976.59);
    const share = limit(EarningsLimitBasis.PENSION_SHARE, { prePensionEur: 3000, sharePercent: 60 });
    expect([share.monthlyLimitEur, share.rule?.code]).toEqual([1800, 'pension.partial_share']);
    const low = limit(EarningsLimitBasis.PENSION_SHARE, { prePensionEur: 2000, sharePercent: 40 });
    expect([low.monthlyLimitEur, low.rule?.code]).toEqual([976.59, 'pension.guarantee_floor']);
  });
});

describe('the estimate and its summary', () => {
  // 13.34 € an hour: 17 h a week stays under 986 € (982.71), 17.5 h does not.
  const estimate = estimateEarnings({
    hourlyWage: 13.34,
    jobHoursMax: 7,
    profileHoursMax: 20,
    limit: { monthlyLimitEur: 986, rule: null },
    basis: EarningsLimitBasis.PENSION_SHARE,
  })!;

  it('is wage × hours × 52 / 12 at the hours both can do, with the hours that keep within the limit', () => {
    expect(estimate).toMatchObject({ monthlyEur: 404.65, withinLimit: true, weeklyHours: 7 });
    expect(estimate.maxWeeklyHoursWithinLimit).toBe(Math.floor(weeklyHoursCap(986, 13.34) * 100) / 100);
    expect(
      estimateEarnings({
        ...estimate,
        hourlyWage: null,
        jobHoursMax: 7,
        profileHoursMax: 20,
        limit: { monthlyLimitEur: 986, rule: null },
      }),
    ).toBeNull();
  });

  it('says it plainly in three languages', () => {
    expect(earningsSummary(estimate, 'en')).toBe(
      'About €405 a month at 7 hours a week. Your limit is €986. Up to 17 hours a week keeps you under it. Going over for three months in a row can stop your pension for a while; talk to your job coach first.',
    );
    expect(earningsSummary(estimate, 'fi')).toContain('Tulorajasi on 986 €.');
    expect(earningsSummary(estimate, 'sv')).toContain('Din inkomstgräns är 986 €.');
    expect(euros(1234.5, 'en')).toBe('€1,235');
    expect(euros(1234.5, 'fi')).toBe('1 235 €');
  });
});

describe('support hints', () => {
  const day = new RulesOfDay('2026-06-01', RULES);
  const context = {
    reducedWorkCapacity: false,
    needs: [] as { code: string; category: string }[],
    jobMunicipalityCode: '049',
    hourlyWage: 12,
    weeklyHours: 20,
  };

  it('gives the general or the higher pay subsidy, worked out from the pay and capped by the rule', () => {
    // 12 × 20 × 52 / 12 = 1,040 € a month
    expect(supportHints(day, context).map((h) => [h.rule.code, h.upToEur])).toEqual([['pay_subsidy.general', 520]]);
    expect(supportHints(day, { ...context, reducedWorkCapacity: true, hourlyWage: 30 })[0]).toMatchObject({
      rule: { code: 'pay_subsidy.reduced_work_capacity' },
      upToEur: 1770,
    });
  });

  it('adds working conditions for equipment and a mentor, and the Helsinki benefit of the day for a job in Helsinki', () => {
    const hints = supportHints(day, {
      ...context,
      jobMunicipalityCode: '091',
      needs: [
        { code: 'eq.ergonomic', category: 'EQUIPMENT' },
        { code: 'sup.mentor', category: 'SUPPORT' },
      ],
    });
    expect(hints.map((h) => [h.rule.code, h.upToEur])).toEqual([
      ['pay_subsidy.general', 520],
      ['working_conditions.equipment', 4000],
      ['working_conditions.coworker_help', 400],
      ['helsinki_benefit', 520],
    ]);
    expect(hints[3].reason).toEqual({ kind: 'HELSINKI', combinesWithPaySubsidy: false });
    const old = supportHints(new RulesOfDay('2025-06-01', RULES), { ...context, jobMunicipalityCode: '091' });
    expect(old.find((h) => h.rule.code === 'helsinki_benefit')).toMatchObject({
      upToEur: 800,
      reason: { combinesWithPaySubsidy: true },
    });
  });
});
