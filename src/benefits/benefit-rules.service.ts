import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FieldProblems } from '../common/errors/domain-error';
import type { GraphQLContext } from '../common/graphql/context';
import { characters, hasAtMostDecimals } from '../common/validation/text';
import { postgresCodeOf } from '../database/postgres-errors';
import { BenefitRuleEntity } from './benefit-rule.entity';
import type { BenefitRuleKind } from './benefit-rule.kind';
import type { BenefitRuleInput } from './benefit-rule.model';
import { dayOf, rulesInForce, RulesOfDay } from './earnings';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXCLUSION_VIOLATION = '23P01';

/** Whether text is a real calendar day YYYY-MM-DD in the years 1970–9999. */
export function dayProblem(value: string): 'INVALID_FORMAT' | 'OUT_OF_RANGE' | null {
  const m = DAY.exec(value);
  if (!m) return 'INVALID_FORMAT';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return 'INVALID_FORMAT';
  const year = Number(m[1]);
  return year < 1970 || year > 9999 ? 'OUT_OF_RANGE' : null;
}

export const RULE_LIMITS = { codeMax: 80, labelMax: 200, explanationMax: 2000, urlMax: 500, amountMax: 1_000_000 };

/** Listeners told after a rule changes (profiles recompute the limits that come from rules). */
export type RulesChangedListener = () => Promise<void>;

/**
 * The benefit_rule table: dated figures of benefits and supports. The table is small (tens of rows), so a reader
 * takes all of it once per request; ADMIN's change is seen by the next request of every API process.
 */
@Injectable()
export class BenefitRulesService {
  private readonly perRequest = new WeakMap<object, Promise<BenefitRuleEntity[]>>();
  private readonly listeners: RulesChangedListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(): Promise<BenefitRuleEntity[]> {
    return this.dataSource.getRepository(BenefitRuleEntity).find({ order: { code: 'ASC', validFrom: 'ASC' } });
  }

  /** Every rule, read once per request. */
  private cached(ctx: GraphQLContext | null): Promise<BenefitRuleEntity[]> {
    if (!ctx) return this.all();
    let rules = this.perRequest.get(ctx);
    if (!rules) {
      rules = this.all();
      this.perRequest.set(ctx, rules);
    }
    return rules;
  }

  /** The rules in force on a day (YYYY-MM-DD, default today in Finland), of one kind or all. */
  async inForce(
    ctx: GraphQLContext | null,
    kind?: BenefitRuleKind | null,
    on?: string | null,
  ): Promise<BenefitRuleEntity[]> {
    if (on !== undefined && on !== null) {
      const problem = dayProblem(on);
      if (problem) {
        const problems = new FieldProblems();
        problems.add(
          'on',
          problem === 'OUT_OF_RANGE' ? 'must be in the years 1970–9999' : 'must be a day YYYY-MM-DD',
          problem,
        );
        problems.throwIfAny();
      }
    }
    return rulesInForce(await this.cached(ctx), on ?? dayOf(), kind);
  }

  /** The rules of a day, by code (default today). */
  async ofDay(ctx: GraphQLContext | null, day: string = dayOf()): Promise<RulesOfDay<BenefitRuleEntity>> {
    return new RulesOfDay(day, await this.cached(ctx));
  }

  onChange(listener: RulesChangedListener): void {
    this.listeners.push(listener);
  }

  /** ADMIN: replaces the rule of the same code and validFrom, or adds one; then tells the listeners. */
  async save(input: BenefitRuleInput): Promise<BenefitRuleEntity> {
    const problems = new FieldProblems();
    const text = (field: string, value: string, max: number): string => {
      const trimmed = value.trim();
      if (trimmed.length === 0) problems.add(field, 'must not be empty', 'REQUIRED');
      else if (characters(trimmed) > max) problems.add(field, `must be at most ${max} characters`, 'TOO_LONG');
      return trimmed;
    };
    const code = text('input.code', input.code, RULE_LIMITS.codeMax);
    if (code && !/^[a-z0-9_.]+$/.test(code)) {
      problems.add('input.code', 'must be lower-case letters, digits, dots and underscores', 'INVALID_FORMAT');
    }
    const labels = (['fi', 'sv', 'en'] as const).map((l) =>
      text(`input.label.${l}`, input.label[l], RULE_LIMITS.labelMax),
    );
    const explanations = (['fi', 'sv', 'en'] as const).map((l) =>
      text(`input.explanation.${l}`, input.explanation[l], RULE_LIMITS.explanationMax),
    );
    const amount = input.amountEur ?? null;
    if (amount !== null) {
      if (amount < 0 || amount > RULE_LIMITS.amountMax) {
        problems.add('input.amountEur', `must be 0 to ${RULE_LIMITS.amountMax}`, 'OUT_OF_RANGE');
      } else if (!hasAtMostDecimals(amount, 2)) {
        problems.add('input.amountEur', 'must have at most 2 decimals', 'TOO_MANY_DECIMALS');
      }
    }
    const percent = input.percent ?? null;
    if (percent !== null) {
      if (percent < 0 || percent > 100) problems.add('input.percent', 'must be 0 to 100', 'OUT_OF_RANGE');
      else if (!hasAtMostDecimals(percent, 2))
        problems.add('input.percent', 'must have at most 2 decimals', 'TOO_MANY_DECIMALS');
    }
    const months = input.maxMonths ?? null;
    if (months !== null && (months < 1 || months > 1200)) {
      problems.add('input.maxMonths', 'must be 1 to 1200', 'OUT_OF_RANGE');
    }
    const validTo = input.validTo ?? null;
    for (const [field, value] of [
      ['input.validFrom', input.validFrom],
      ['input.validTo', validTo],
    ] as const) {
      if (value === null) continue;
      const problem = dayProblem(value);
      if (problem)
        problems.add(
          field,
          problem === 'OUT_OF_RANGE' ? 'must be in the years 1970–9999' : 'must be a day YYYY-MM-DD',
          problem,
        );
    }
    if (validTo !== null && !dayProblem(validTo) && !dayProblem(input.validFrom) && validTo < input.validFrom) {
      problems.add('input.validTo', 'must not be before validFrom', 'MIN_ABOVE_MAX');
    }
    const url = text('input.sourceUrl', input.sourceUrl, RULE_LIMITS.urlMax);
    if (url && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(url))
      problems.add('input.sourceUrl', 'must be an https address', 'INVALID_FORMAT');
    problems.throwIfAny();

    const values = {
      code,
      kind: input.kind,
      labelFi: labels[0],
      labelSv: labels[1],
      labelEn: labels[2],
      explanationFi: explanations[0],
      explanationSv: explanations[1],
      explanationEn: explanations[2],
      amountEur: amount,
      percent,
      maxMonths: months,
      validFrom: input.validFrom,
      validTo,
      sourceUrl: url,
    };
    let saved: BenefitRuleEntity;
    try {
      saved = await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(BenefitRuleEntity);
        const existing = await repository.findOne({
          where: { code, validFrom: input.validFrom },
          lock: { mode: 'pessimistic_write' },
        });
        return repository.save(existing ? Object.assign(existing, values) : repository.create(values));
      });
    } catch (error) {
      if (postgresCodeOf(error) !== EXCLUSION_VIOLATION) throw error;
      const overlap = new FieldProblems();
      overlap.add(
        'input.validFrom',
        'overlaps another period of the same rule: end that one first (validTo)',
        'INCONSISTENT',
      );
      overlap.throwIfAny();
      throw error;
    }
    for (const listener of this.listeners) await listener();
    return saved;
  }
}
