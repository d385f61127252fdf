export enum BenefitRuleKind {
  EARNINGS_LIMIT = 'EARNINGS_LIMIT',
  EMPLOYER_SUPPORT = 'EMPLOYER_SUPPORT',
}

export enum EarningsLimitBasis {
  NONE = 'NONE',
  FIXED = 'FIXED',
  PENSION_SHARE = 'PENSION_SHARE',
  GUARANTEE_FLOOR = 'GUARANTEE_FLOOR',
}

/** Stable codes of the rules the code reads (the rule data itself is in the benefit_rule table). */
export const RULE = {
  guaranteeFloor: 'pension.guarantee_floor',
  fullShare: 'pension.full_share',
  partialShare: 'pension.partial_share',
  paySubsidyReduced: 'pay_subsidy.reduced_work_capacity',
  paySubsidyGeneral: 'pay_subsidy.general',
  equipment: 'working_conditions.equipment',
  coworkerHelp: 'working_conditions.coworker_help',
  helsinkiBenefit: 'helsinki_benefit',
} as const;
