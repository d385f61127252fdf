import { CreateTaxonomyAndAccounts1795571526542 } from './1795571526542-CreateTaxonomyAndAccounts';
import { CreateJobsProfilesAndMatches1795572000000 } from './1795572000000-CreateJobsProfilesAndMatches';
import { CreateWorkflowTables1795580000000 } from './1795580000000-CreateWorkflowTables';
import { RankOrderMatchIndexes1795590000000 } from './1795590000000-RankOrderMatchIndexes';
import { CreateSessions1795600000000 } from './1795600000000-CreateSessions';
import { CreateClientNameIndex1795670000000 } from './1795670000000-CreateClientNameIndex';
import { AddScorerVersion1795680000000 } from './1795680000000-AddScorerVersion';
import { EmployerVerificationAndAudit1796000000000 } from './1796000000000-EmployerVerificationAndAudit';
import { CreateOutboxAndEmailTokens1796100000000 } from './1796100000000-CreateOutboxAndEmailTokens';
import { CreateBenefitRulesAndEarnings1796200000000 } from './1796200000000-CreateBenefitRulesAndEarnings';
import { AddAttentionTracking1796350000000 } from './1796350000000-AddAttentionTracking';
import { AddClientNameIndexed1796450000000 } from './1796450000000-AddClientNameIndexed';
import { AllowIncompleteDraftProfiles1796500000000 } from './1796500000000-AllowIncompleteDraftProfiles';

/** Every migration in order, listed once for the app and the CLI (no globs: they break under ESM jest). */
export const MIGRATIONS = [
  CreateTaxonomyAndAccounts1795571526542,
  CreateJobsProfilesAndMatches1795572000000,
  CreateWorkflowTables1795580000000,
  RankOrderMatchIndexes1795590000000,
  CreateSessions1795600000000,
  CreateClientNameIndex1795670000000,
  AddScorerVersion1795680000000,
  EmployerVerificationAndAudit1796000000000,
  CreateOutboxAndEmailTokens1796100000000,
  CreateBenefitRulesAndEarnings1796200000000,
  AddAttentionTracking1796350000000,
  AddClientNameIndexed1796450000000,
  AllowIncompleteDraftProfiles1796500000000,
];
