import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BenefitRuleKind } from './benefit-rule.kind';

/** numeric arrives from pg as a string; the API speaks Float. */
const decimal = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/**
 * One dated figure of a benefit or support rule (DOMAIN.md, "Finnish rules worth knowing"). The periods of one
 * code never overlap (an exclusion constraint), so on any day a code has at most one rule in force.
 */
@Entity('benefit_rule')
export class BenefitRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  kind: BenefitRuleKind;

  @Column({ type: 'text' })
  labelFi: string;

  @Column({ type: 'text' })
  labelSv: string;

  @Column({ type: 'text' })
  labelEn: string;

  @Column({ type: 'text' })
  explanationFi: string;

  @Column({ type: 'text' })
  explanationSv: string;

  @Column({ type: 'text' })
  explanationEn: string;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true, transformer: decimal })
  amountEur: number | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: decimal })
  percent: number | null;

  @Column({ type: 'integer', nullable: true })
  maxMonths: number | null;

  /** YYYY-MM-DD (pg's date type, read as a string) */
  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'text' })
  sourceUrl: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
