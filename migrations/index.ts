import { CreateTaxonomyAndAccounts1795571526542 } from './1795571526542-CreateTaxonomyAndAccounts';
import { CreateJobsProfilesAndMatches1795572000000 } from './1795572000000-CreateJobsProfilesAndMatches';
import { CreateWorkflowTables1795580000000 } from './1795580000000-CreateWorkflowTables';
import { RankOrderMatchIndexes1795590000000 } from './1795590000000-RankOrderMatchIndexes';
import { CreateSessions1795600000000 } from './1795600000000-CreateSessions';
import { CreateClientNameIndex1795670000000 } from './1795670000000-CreateClientNameIndex';
import { AddScorerVersion1795680000000 } from './1795680000000-AddScorerVersion';
import { CreateBenefitRulesAndEarnings1796200000000 } from './1796200000000-CreateBenefitRulesAndEarnings';

/** Every migration in order, listed once for the app and the CLI (no globs: they break under ESM jest). */
export const MIGRATIONS = [
  CreateTaxonomyAndAccounts1795571526542,
  CreateJobsProfilesAndMatches1795572000000,
  CreateWorkflowTables1795580000000,
  RankOrderMatchIndexes1795590000000,
  CreateSessions1795600000000,
  CreateClientNameIndex1795670000000,
  AddScorerVersion1795680000000,
  CreateBenefitRulesAndEarnings1796200000000,
];
