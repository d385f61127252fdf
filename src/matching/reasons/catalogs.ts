import type { Lang } from '../../common/enums';
import type { ReasonCode } from './reason';

/**
 * Message templates. `{name}` is replaced by the parameter of that name: a taxonomy label for accommodation,
 * demand and taskType, a formatted number otherwise. Plain language (selkokieli): short sentences, and labels
 * after a colon or in base form so that Finnish never needs to inflect them. A label at the very start keeps its
 * capital; elsewhere its first letter is lowercased.
 */
export type Catalog = Record<ReasonCode, string>;

const en: Catalog = {
  REQUIRED_ACCOMMODATION_MISSING: 'Needed but not offered: {accommodation}.',
  REQUIRED_ACCOMMODATIONS_MISSING: '{count} needed accommodations are not offered.',
  ESSENTIAL_TASK_CONFLICT:
    '{taskType}: {demand} is above this person’s limit. The task is essential and cannot be left out.',
  ESSENTIAL_TASK_CONFLICTS: '{count} essential tasks are above this person’s limits.',
  NO_SUITABLE_TASK: 'No task is left when the unsuitable ones are left out.',
  HOURS_TOO_FEW: 'The job needs at least {jobMin} h a week. This person can work at most {profileMax} h.',
  HOURS_TOO_MANY: 'The job has at most {jobMax} h a week. This person wants at least {profileMin} h.',
  SCHEDULE_OVERLAP_TOO_SMALL: 'Working times match for only {hours} h a week. At least {needed} h is needed.',
  REMOTE_ONLY: 'This person can only work remotely. This job cannot be done remotely.',
  TOO_FAR: 'The workplace is about {km} km away. This person can commute at most {maxKm} km.',
  EARNINGS_OVER_LIMIT:
    'At this pay this person can work at most {maxHours} h a week. The job needs at least {jobMin} h. Fewer minimum hours would fit.',
  TASK_CARVED_OUT: '{taskType}: {demand} is above this person’s limit. The task can be left out.',
  TASKS_CARVED_OUT: '{count} of {total} tasks are above this person’s limits. They can be left out.',
  ALL_TASKS_SUITABLE: 'All tasks are within this person’s limits.',
  REQUIRED_ACCOMMODATION_OFFERED: 'Needed and offered: {accommodation}.',
  REQUIRED_ACCOMMODATIONS_OFFERED: 'All {count} needed accommodations are offered.',
  TASK_EXPERIENCED: 'Experienced in {taskType}.',
  TASK_SOME_EXPERIENCE: 'Some experience in {taskType}.',
  TASK_INTERESTED: 'Interested in {taskType}, not tried yet.',
  SCHEDULE_OVERLAP: 'Working times match for {hours} h a week.',
  HOURS_RANGE: 'Weekly hours that suit both: {min}–{max} h.',
  HOURS_RANGE_AT_PAY: 'At this pay, weekly hours within this person’s earnings limit: {min}–{max} h.',
  REMOTE_POSSIBLE: 'The work can be done remotely.',
  SAME_MUNICIPALITY: 'The workplace is in the person’s home municipality.',
  DISTANCE: 'Distance to the workplace: about {km} km.',
  PREFERRED_ACCOMMODATION_OFFERED: 'Wished for and offered: {accommodation}.',
  PREFERRED_ACCOMMODATION_NOT_OFFERED: 'Wished for but not offered: {accommodation}.',
  PREFERRED_ACCOMMODATIONS: 'Wished-for accommodations offered: {offered} of {total}.',
};

const fi: Catalog = {
  REQUIRED_ACCOMMODATION_MISSING: 'Tarvitaan, mutta ei tarjota: {accommodation}.',
  REQUIRED_ACCOMMODATIONS_MISSING: 'Tarvittavia järjestelyjä ei tarjota: {count} kpl.',
  ESSENTIAL_TASK_CONFLICT:
    '{taskType}: {demand} ylittää henkilön rajan. Tehtävä on välttämätön, eikä sitä voi jättää pois.',
  ESSENTIAL_TASK_CONFLICTS: 'Välttämättömiä tehtäviä, jotka ylittävät henkilön rajat: {count} kpl.',
  NO_SUITABLE_TASK: 'Kun sopimattomat tehtävät jätetään pois, yhtään tehtävää ei jää.',
  HOURS_TOO_FEW: 'Työ vaatii vähintään {jobMin} h viikossa. Henkilö voi tehdä töitä enintään {profileMax} h.',
  HOURS_TOO_MANY: 'Työtä on enintään {jobMax} h viikossa. Henkilö haluaa tehdä töitä vähintään {profileMin} h.',
  SCHEDULE_OVERLAP_TOO_SMALL: 'Työajat sopivat yhteen vain {hours} h viikossa. Tarvitaan vähintään {needed} h.',
  REMOTE_ONLY: 'Henkilö voi tehdä vain etätyötä. Tätä työtä ei voi tehdä etänä.',
  TOO_FAR: 'Työpaikalle on noin {km} km. Henkilö voi kulkea töihin enintään {maxKm} km.',
  EARNINGS_OVER_LIMIT:
    'Tällä palkalla henkilö voi tehdä töitä enintään {maxHours} h viikossa. Työ vaatii vähintään {jobMin} h. Pienempi vähimmäistuntimäärä sopisi.',
  TASK_CARVED_OUT: '{taskType}: {demand} ylittää henkilön rajan. Tehtävän voi jättää pois.',
  TASKS_CARVED_OUT: 'Tehtävistä {count}/{total} ylittää henkilön rajat. Ne voi jättää pois.',
  ALL_TASKS_SUITABLE: 'Kaikki tehtävät sopivat henkilön rajoihin.',
  REQUIRED_ACCOMMODATION_OFFERED: 'Tarvitaan ja tarjotaan: {accommodation}.',
  REQUIRED_ACCOMMODATIONS_OFFERED: 'Kaikki tarvittavat järjestelyt ovat tarjolla: {count} kpl.',
  TASK_EXPERIENCED: 'Kokenut tehtävässä: {taskType}.',
  TASK_SOME_EXPERIENCE: 'Jonkin verran kokemusta tehtävästä: {taskType}.',
  TASK_INTERESTED: 'Kiinnostunut tehtävästä, ei vielä kokemusta: {taskType}.',
  SCHEDULE_OVERLAP: 'Työajat sopivat yhteen {hours} h viikossa.',
  HOURS_RANGE: 'Molemmille sopiva viikkotyöaika: {min}–{max} h.',
  HOURS_RANGE_AT_PAY: 'Tällä palkalla henkilön tulorajaan mahtuva viikkotyöaika: {min}–{max} h.',
  REMOTE_POSSIBLE: 'Työtä voi tehdä etänä.',
  SAME_MUNICIPALITY: 'Työpaikka on henkilön kotikunnassa.',
  DISTANCE: 'Matka työpaikalle: noin {km} km.',
  PREFERRED_ACCOMMODATION_OFFERED: 'Toivotaan ja tarjotaan: {accommodation}.',
  PREFERRED_ACCOMMODATION_NOT_OFFERED: 'Toivotaan, mutta ei tarjota: {accommodation}.',
  PREFERRED_ACCOMMODATIONS: 'Toivotuista järjestelyistä tarjotaan {offered}/{total}.',
};

const sv: Catalog = {
  REQUIRED_ACCOMMODATION_MISSING: 'Behövs men erbjuds inte: {accommodation}.',
  REQUIRED_ACCOMMODATIONS_MISSING: '{count} anpassningar som behövs erbjuds inte.',
  ESSENTIAL_TASK_CONFLICT:
    '{taskType}: {demand} överskrider personens gräns. Uppgiften är nödvändig och kan inte tas bort.',
  ESSENTIAL_TASK_CONFLICTS: '{count} nödvändiga uppgifter överskrider personens gränser.',
  NO_SUITABLE_TASK: 'När olämpliga uppgifter tas bort blir ingen uppgift kvar.',
  HOURS_TOO_FEW: 'Jobbet kräver minst {jobMin} h i veckan. Personen kan arbeta högst {profileMax} h.',
  HOURS_TOO_MANY: 'Jobbet har högst {jobMax} h i veckan. Personen vill arbeta minst {profileMin} h.',
  SCHEDULE_OVERLAP_TOO_SMALL: 'Arbetstiderna passar ihop bara {hours} h i veckan. Minst {needed} h behövs.',
  REMOTE_ONLY: 'Personen kan bara arbeta på distans. Det här jobbet kan inte göras på distans.',
  TOO_FAR: 'Arbetsplatsen ligger cirka {km} km bort. Personen kan pendla högst {maxKm} km.',
  EARNINGS_OVER_LIMIT:
    'Med den här lönen kan personen arbeta högst {maxHours} h i veckan. Jobbet kräver minst {jobMin} h. Färre minimitimmar skulle passa.',
  TASK_CARVED_OUT: '{taskType}: {demand} överskrider personens gräns. Uppgiften kan tas bort.',
  TASKS_CARVED_OUT: '{count} av {total} uppgifter överskrider personens gränser. De kan tas bort.',
  ALL_TASKS_SUITABLE: 'Alla uppgifter ryms inom personens gränser.',
  REQUIRED_ACCOMMODATION_OFFERED: 'Behövs och erbjuds: {accommodation}.',
  REQUIRED_ACCOMMODATIONS_OFFERED: 'Alla {count} anpassningar som behövs erbjuds.',
  TASK_EXPERIENCED: 'Har lång erfarenhet av {taskType}.',
  TASK_SOME_EXPERIENCE: 'Har viss erfarenhet av {taskType}.',
  TASK_INTERESTED: 'Intresserad av {taskType}, har inte provat ännu.',
  SCHEDULE_OVERLAP: 'Arbetstiderna passar ihop {hours} h i veckan.',
  HOURS_RANGE: 'Veckoarbetstid som passar båda: {min}–{max} h.',
  HOURS_RANGE_AT_PAY: 'Med den här lönen ryms {min}–{max} h i veckan inom personens inkomstgräns.',
  REMOTE_POSSIBLE: 'Arbetet kan göras på distans.',
  SAME_MUNICIPALITY: 'Arbetsplatsen finns i personens hemkommun.',
  DISTANCE: 'Avstånd till arbetsplatsen: cirka {km} km.',
  PREFERRED_ACCOMMODATION_OFFERED: 'Önskas och erbjuds: {accommodation}.',
  PREFERRED_ACCOMMODATION_NOT_OFFERED: 'Önskas men erbjuds inte: {accommodation}.',
  PREFERRED_ACCOMMODATIONS: 'Önskade anpassningar som erbjuds: {offered} av {total}.',
};

export const CATALOGS: Readonly<Record<Lang, Catalog>> = { fi, sv, en };

/**
 * What an employer reads instead, where the words for coordinators carry a figure that an earnings limit sets: the
 * hours a limit leaves at the job's wage, times that wage, would tell the employer the person's limit (DESIGN.md:
 * never theirs to know). Only parameters that do not depend on the limit are used.
 */
export type EmployerCatalog = Partial<Record<ReasonCode, string>>;

export const EMPLOYER_CATALOGS: Readonly<Record<Lang, EmployerCatalog>> = {
  en: {
    EARNINGS_OVER_LIMIT:
      'At this pay the job’s {jobMin} h a week is more than this person can take. Fewer minimum hours would fit.',
    HOURS_RANGE_AT_PAY: 'Weekly hours that suit both: {bothMin}–{bothMax} h.',
  },
  fi: {
    EARNINGS_OVER_LIMIT:
      'Tällä palkalla työn {jobMin} h viikossa on enemmän kuin henkilö voi ottaa. Pienempi vähimmäistuntimäärä sopisi.',
    HOURS_RANGE_AT_PAY: 'Molemmille sopiva viikkotyöaika: {bothMin}–{bothMax} h.',
  },
  sv: {
    EARNINGS_OVER_LIMIT:
      'Med den här lönen är jobbets {jobMin} h i veckan mer än personen kan ta. Färre minimitimmar skulle passa.',
    HOURS_RANGE_AT_PAY: 'Veckoarbetstid som passar båda: {bothMin}–{bothMax} h.',
  },
};
