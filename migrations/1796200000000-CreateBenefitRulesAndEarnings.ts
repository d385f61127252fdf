import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The benefit-safe earnings guard (issue 11): dated benefit and support rules, loaded here with the figures of
 * DOMAIN.md ("Finnish rules worth knowing") and edited afterwards by ADMIN (`saveBenefitRule`), so that next
 * year's figures need no release; a profile's earnings limit; the advice the worker stores with a job's run.
 */
export class CreateBenefitRulesAndEarnings1796200000000 implements MigrationInterface {
  name = 'CreateBenefitRulesAndEarnings1796200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await runner.query(`
      CREATE TABLE benefit_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(80) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('EARNINGS_LIMIT', 'EMPLOYER_SUPPORT')),
        label_fi text NOT NULL, label_sv text NOT NULL, label_en text NOT NULL,
        explanation_fi text NOT NULL, explanation_sv text NOT NULL, explanation_en text NOT NULL,
        amount_eur numeric(10, 2),
        percent numeric(5, 2),
        max_months integer,
        valid_from date NOT NULL,
        valid_to date,
        source_url text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        -- one figure of a rule per day: periods of one code never overlap
        EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
      )`);
    await runner.query('CREATE INDEX benefit_rule_validity_idx ON benefit_rule (kind, valid_from)');
    for (const rule of RULES) {
      await runner.query(
        `INSERT INTO benefit_rule (code, kind, label_fi, label_sv, label_en, explanation_fi, explanation_sv,
                                   explanation_en, amount_eur, percent, max_months, valid_from, valid_to, source_url)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          rule.code,
          rule.kind,
          rule.label[0],
          rule.label[1],
          rule.label[2],
          rule.explanation[0],
          rule.explanation[1],
          rule.explanation[2],
          rule.amountEur,
          rule.percent,
          rule.maxMonths,
          rule.validFrom,
          rule.validTo,
          rule.sourceUrl,
        ],
      );
    }

    // The earnings limit: its basis and inputs as the coordinator gave them, and the euro limit they give today
    // (earnings_limit_eur, null for NONE), which the worker's kernel reads; rewritten when a rule it uses changes.
    await runner.query(`
      ALTER TABLE capacity_profile
        ADD COLUMN earnings_basis varchar(16) NOT NULL DEFAULT 'NONE'
          CHECK (earnings_basis IN ('NONE', 'FIXED', 'PENSION_SHARE', 'GUARANTEE_FLOOR')),
        ADD COLUMN earnings_fixed_eur double precision,
        ADD COLUMN earnings_pre_pension_eur double precision,
        ADD COLUMN earnings_share_percent double precision,
        ADD COLUMN earnings_limit_eur double precision,
        ADD COLUMN reduced_work_capacity boolean NOT NULL DEFAULT false`);
    // The advice of the job's last run, computed by the worker from the run's near misses (JobAdvice).
    await runner.query(`ALTER TABLE job ADD COLUMN advice jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE job DROP COLUMN advice');
    await runner.query(`
      ALTER TABLE capacity_profile DROP COLUMN earnings_basis, DROP COLUMN earnings_fixed_eur,
        DROP COLUMN earnings_pre_pension_eur, DROP COLUMN earnings_share_percent, DROP COLUMN earnings_limit_eur,
        DROP COLUMN reduced_work_capacity`);
    await runner.query('DROP TABLE benefit_rule');
  }
}

interface SeedRule {
  code: string;
  kind: 'EARNINGS_LIMIT' | 'EMPLOYER_SUPPORT';
  /** fi, sv, en */
  label: [string, string, string];
  explanation: [string, string, string];
  amountEur: number | null;
  percent: number | null;
  maxMonths: number | null;
  validFrom: string;
  validTo: string | null;
  sourceUrl: string;
}

/** The figures of DOMAIN.md, checked against public sources in 2026. */
const RULES: SeedRule[] = [
  {
    code: 'pension.guarantee_floor',
    kind: 'EARNINGS_LIMIT',
    label: ['Ansaintarajan vähimmäismäärä', 'Lägsta inkomstgräns', 'Guarantee floor of the earnings limit'],
    explanation: [
      'Työkyvyttömyyseläkkeen saaja voi aina ansaita vähintään tämän verran kuukaudessa ilman, että eläke katkeaa. Eläkkeen maksaja päättää.',
      'Den som får sjukpension kan alltid tjäna minst så här mycket i månaden utan att pensionen avbryts. Pensionsbetalaren beslutar.',
      'A person on a disability pension may always earn at least this much a month without the pension stopping. The pension payer decides.',
    ],
    amountEur: 976.59,
    percent: null,
    maxMonths: null,
    validFrom: '2024-01-01',
    validTo: null,
    sourceUrl: 'https://www.varma.fi/en/pensions/disability-pension/working-while-on-disability-pension/',
  },
  {
    code: 'pension.full_share',
    kind: 'EARNINGS_LIMIT',
    label: ['Täysi työkyvyttömyyseläke: 40 %', 'Full sjukpension: 40 %', 'Full disability pension: 40 %'],
    explanation: [
      'Täyden työkyvyttömyyseläkkeen saaja voi ansaita 40 % eläkettä edeltäneistä tuloistaan, kuitenkin aina vähimmäismäärän. Eläke katkeaa vasta, kun raja ylittyy kolme kuukautta peräkkäin.',
      'Den som får full sjukpension kan tjäna 40 % av sina inkomster före pensionen, alltid minst det lägsta beloppet. Pensionen avbryts först när gränsen överskrids tre månader i rad.',
      'A person on a full disability pension may earn 40 % of their earnings before the pension, and always at least the guarantee floor. The pension stops only after three months in a row over the limit.',
    ],
    amountEur: null,
    percent: 40,
    maxMonths: null,
    validFrom: '2024-01-01',
    validTo: null,
    sourceUrl: 'https://www.varma.fi/en/pensions/disability-pension/working-while-on-disability-pension/',
  },
  {
    code: 'pension.partial_share',
    kind: 'EARNINGS_LIMIT',
    label: ['Osatyökyvyttömyyseläke: 60 %', 'Partiell sjukpension: 60 %', 'Partial disability pension: 60 %'],
    explanation: [
      'Osatyökyvyttömyyseläkkeen saaja voi ansaita 60 % eläkettä edeltäneistä tuloistaan, kuitenkin aina vähimmäismäärän. Eläke katkeaa vasta, kun raja ylittyy kolme kuukautta peräkkäin.',
      'Den som får partiell sjukpension kan tjäna 60 % av sina inkomster före pensionen, alltid minst det lägsta beloppet. Pensionen avbryts först när gränsen överskrids tre månader i rad.',
      'A person on a partial disability pension may earn 60 % of their earnings before the pension, and always at least the guarantee floor. The pension stops only after three months in a row over the limit.',
    ],
    amountEur: null,
    percent: 60,
    maxMonths: null,
    validFrom: '2024-01-01',
    validTo: null,
    sourceUrl: 'https://www.keva.fi/en/pensions/disability-pension/working-while-receiving-disability-pension/',
  },
  {
    code: 'pay_subsidy.reduced_work_capacity',
    kind: 'EMPLOYER_SUPPORT',
    label: [
      'Palkkatuki, alentunut työkyky',
      'Lönesubvention, nedsatt arbetsförmåga',
      'Pay subsidy, reduced work capacity',
    ],
    explanation: [
      'Työnantaja voi saada 70 % palkkakuluista, enintään 1 770 € kuukaudessa, enintään 24 kuukautta kerrallaan. Tuesta päätetään ennen työn alkua. Työllisyyspalvelut päättävät.',
      'Arbetsgivaren kan få 70 % av lönekostnaderna, högst 1 770 € i månaden, i högst 24 månader åt gången. Stödet beviljas innan arbetet börjar. Sysselsättningstjänsterna beslutar.',
      'The employer may get 70 % of the pay costs, at most €1,770 a month, for up to 24 months at a time. It is decided before the work starts. The employment services decide.',
    ],
    amountEur: 1770,
    percent: 70,
    maxMonths: 24,
    validFrom: '2025-01-01',
    validTo: null,
    sourceUrl: 'https://tyomarkkinatori.fi/en/employers/pay-subsidy',
  },
  {
    code: 'pay_subsidy.general',
    kind: 'EMPLOYER_SUPPORT',
    label: ['Palkkatuki', 'Lönesubvention', 'Pay subsidy'],
    explanation: [
      'Työnantaja voi saada 50 % palkkakuluista, enintään 1 260 € kuukaudessa, 5 tai 10 kuukautta. Tuesta päätetään ennen työn alkua. Työllisyyspalvelut päättävät.',
      'Arbetsgivaren kan få 50 % av lönekostnaderna, högst 1 260 € i månaden, i 5 eller 10 månader. Stödet beviljas innan arbetet börjar. Sysselsättningstjänsterna beslutar.',
      'The employer may get 50 % of the pay costs, at most €1,260 a month, for 5 or 10 months. It is decided before the work starts. The employment services decide.',
    ],
    amountEur: 1260,
    percent: 50,
    maxMonths: 10,
    validFrom: '2025-01-01',
    validTo: null,
    sourceUrl: 'https://tyomarkkinatori.fi/en/employers/pay-subsidy',
  },
  {
    code: 'working_conditions.equipment',
    kind: 'EMPLOYER_SUPPORT',
    label: [
      'Työolosuhteiden järjestelytuki: välineet ja muutostyöt',
      'Stöd för ordnande av arbetsförhållanden: hjälpmedel och ändringar',
      'Support for arranging working conditions: tools and alterations',
    ],
    explanation: [
      'Työnantaja voi saada tukea työvälineisiin, kalusteisiin ja muutostöihin, enintään 4 000 € henkilöä kohden. Hae kuukauden sisällä työn alusta tai ennen sitä. Työllisyyspalvelut päättävät.',
      'Arbetsgivaren kan få stöd för verktyg, möbler och ändringar, högst 4 000 € per person. Ansök inom en månad från att arbetet börjar eller före. Sysselsättningstjänsterna beslutar.',
      'The employer may get support for tools, furniture and alterations, up to €4,000 per person, once. Apply within a month of the start or before. The employment services decide.',
    ],
    amountEur: 4000,
    percent: null,
    maxMonths: null,
    validFrom: '2025-01-01',
    validTo: null,
    sourceUrl: 'https://tem.fi/en/support-for-arranging-working-conditions',
  },
  {
    code: 'working_conditions.coworker_help',
    kind: 'EMPLOYER_SUPPORT',
    label: [
      'Työolosuhteiden järjestelytuki: työkaverin apu',
      'Stöd för ordnande av arbetsförhållanden: hjälp av en arbetskamrat',
      "Support for arranging working conditions: a co-worker's help",
    ],
    explanation: [
      'Kun työkaveri auttaa ja opastaa, työnantaja voi saada 20 € tunnilta, enintään 20 tuntia kuukaudessa, enintään 18 kuukautta. Työllisyyspalvelut päättävät.',
      'När en arbetskamrat hjälper och handleder kan arbetsgivaren få 20 € i timmen, högst 20 timmar i månaden, i högst 18 månader. Sysselsättningstjänsterna beslutar.',
      'When a co-worker helps and guides the person, the employer may get €20 an hour, up to 20 hours a month, for up to 18 months. The employment services decide.',
    ],
    amountEur: 20,
    percent: null,
    maxMonths: 18,
    validFrom: '2025-01-01',
    validTo: null,
    sourceUrl: 'https://tem.fi/en/support-for-arranging-working-conditions',
  },
  {
    code: 'helsinki_benefit',
    kind: 'EMPLOYER_SUPPORT',
    label: ['Helsinki-lisä', 'Helsingforstillägg', 'Helsinki benefit'],
    explanation: [
      'Helsinkiläisen työnhakijan palkkaava työnantaja voi saada enintään 800 € kuukaudessa, myös palkkatuen lisäksi. Helsingin työllisyyspalvelut päättävät.',
      'En arbetsgivare som anställer en arbetssökande från Helsingfors kan få högst 800 € i månaden, också utöver lönesubvention. Helsingfors sysselsättningstjänster beslutar.',
      'An employer hiring a Helsinki jobseeker may get up to €800 a month, also on top of a pay subsidy. Helsinki employment services decide.',
    ],
    amountEur: 800,
    percent: null,
    maxMonths: 12,
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
    sourceUrl: 'https://www.hel.fi/en/business-and-work/employment-services/helsinki-benefit',
  },
  {
    code: 'helsinki_benefit',
    kind: 'EMPLOYER_SUPPORT',
    label: ['Helsinki-lisä', 'Helsingforstillägg', 'Helsinki benefit'],
    explanation: [
      'Helsinkiläisen työnhakijan palkkaava työnantaja voi saada 50 % palkkakuluista, enintään 1 500 € kuukaudessa, 12 kuukautta. Ei yhdessä palkkatuen kanssa. Helsingin työllisyyspalvelut päättävät.',
      'En arbetsgivare som anställer en arbetssökande från Helsingfors kan få 50 % av lönekostnaderna, högst 1 500 € i månaden, i 12 månader. Inte tillsammans med lönesubvention. Helsingfors sysselsättningstjänster beslutar.',
      'An employer hiring a Helsinki jobseeker may get 50 % of the pay costs, at most €1,500 a month, for 12 months. It does not combine with a pay subsidy. Helsinki employment services decide.',
    ],
    amountEur: 1500,
    percent: 50,
    maxMonths: 12,
    validFrom: '2026-01-01',
    validTo: null,
    sourceUrl: 'https://www.hel.fi/en/business-and-work/employment-services/helsinki-benefit',
  },
];
