import type { AccommodationDef } from './types';

/**
 * Workplace accommodations, in DOMAIN.md's order, grouped by the contract's categories.
 * Ordinals are persisted and must stay below 32 (bit sets): append new entries, never reorder.
 */
export const ACCOMMODATIONS: readonly AccommodationDef[] = [
  {
    code: 'sched.flex_start',
    ordinal: 0,
    category: 'SCHEDULE',
    label: {
      fi: 'Joustava alkamis- ja päättymisaika',
      sv: 'Flexibel start- och sluttid',
      en: 'Flexible start and end times',
    },
  },
  {
    code: 'sched.short_shift',
    ordinal: 1,
    category: 'SCHEDULE',
    label: {
      fi: 'Lyhyet työvuorot (enintään 4 tuntia)',
      sv: 'Korta arbetspass (högst 4 timmar)',
      en: 'Short shifts (4 hours or less)',
    },
  },
  {
    code: 'sched.fewer_days',
    ordinal: 2,
    category: 'SCHEDULE',
    label: { fi: 'Vähemmän työpäiviä viikossa', sv: 'Färre arbetsdagar i veckan', en: 'Fewer workdays a week' },
  },
  {
    code: 'sched.extra_breaks',
    ordinal: 3,
    category: 'SCHEDULE',
    label: { fi: 'Lisätauot tai pidemmät tauot', sv: 'Extra eller längre pauser', en: 'Extra or longer breaks' },
  },
  {
    code: 'sched.gradual_ramp',
    ordinal: 4,
    category: 'SCHEDULE',
    label: {
      fi: 'Vähitellen pidentyvä työaika',
      sv: 'Arbetstid som ökar gradvis',
      en: 'Working hours increased gradually',
    },
  },
  {
    code: 'sched.leave_flex',
    ordinal: 5,
    category: 'SCHEDULE',
    label: {
      fi: 'Joustavat poissaolot ja aikataulujen muutokset',
      sv: 'Flexibel frånvaro och möjlighet att byta tider',
      en: 'Flexible absences and rescheduling',
    },
  },
  {
    code: 'task.reduced_pace',
    ordinal: 6,
    category: 'TASK',
    label: {
      fi: 'Rauhallinen työtahti ilman tulostavoitteita',
      sv: 'Lugnare tempo utan produktivitetskrav',
      en: 'Reduced pace, no productivity quota',
    },
  },
  {
    code: 'task.restructure',
    ordinal: 7,
    category: 'TASK',
    label: { fi: 'Sivutehtävät karsittu pois', sv: 'Mindre viktiga uppgifter borttagna', en: 'Marginal tasks removed' },
  },
  {
    code: 'task.split_steps',
    ordinal: 8,
    category: 'TASK',
    label: {
      fi: 'Työ jaettu pieniin vaiheisiin',
      sv: 'Arbetet uppdelat i små steg',
      en: 'Work broken into small steps',
    },
  },
  {
    code: 'task.single_task',
    ordinal: 9,
    category: 'TASK',
    label: { fi: 'Yksi tehtävä kerrallaan', sv: 'En uppgift i taget', en: 'One task at a time' },
  },
  {
    code: 'task.routine',
    ordinal: 10,
    category: 'TASK',
    label: {
      fi: 'Ennakoitava rutiini, muutoksista kerrotaan ajoissa',
      sv: 'Förutsägbar rutin, ändringar meddelas i god tid',
      en: 'Predictable routine, changes announced early',
    },
  },
  {
    code: 'sup.instructor_onsite',
    ordinal: 11,
    category: 'SUPPORT',
    label: {
      fi: 'Ohjaaja tai työvalmentaja paikalla',
      sv: 'Handledare eller arbetscoach på plats',
      en: 'Instructor or job coach on site',
    },
  },
  {
    code: 'sup.group_work',
    ordinal: 12,
    category: 'SUPPORT',
    label: {
      fi: 'Työskentely ryhmässä vertaisten kanssa',
      sv: 'Arbete i grupp med andra i samma situation',
      en: 'Working in a group with peers',
    },
  },
  {
    code: 'sup.mentor',
    ordinal: 13,
    category: 'SUPPORT',
    label: {
      fi: 'Nimetty mentori työpaikalla',
      sv: 'Utsedd mentor på arbetsplatsen',
      en: 'Named mentor at the workplace',
    },
  },
  {
    code: 'sup.checkins',
    ordinal: 14,
    category: 'SUPPORT',
    label: {
      fi: 'Säännölliset keskustelut esihenkilön kanssa',
      sv: 'Regelbundna avstämningar med arbetsledaren',
      en: 'Regular check-ins with the supervisor',
    },
  },
  {
    code: 'info.written',
    ordinal: 15,
    category: 'COMMUNICATION',
    label: { fi: 'Kirjalliset ohjeet', sv: 'Skriftliga anvisningar', en: 'Written instructions' },
  },
  {
    code: 'info.visual',
    ordinal: 16,
    category: 'COMMUNICATION',
    label: {
      fi: 'Kuva- tai video-ohjeet selkokielellä',
      sv: 'Anvisningar med bild eller video på lätt språk',
      en: 'Picture or video instructions in plain language',
    },
  },
  {
    code: 'info.reminders',
    ordinal: 17,
    category: 'COMMUNICATION',
    label: { fi: 'Tarkistuslistat ja muistutukset', sv: 'Checklistor och påminnelser', en: 'Checklists and reminders' },
  },
  {
    code: 'info.sign_lang',
    ordinal: 18,
    category: 'COMMUNICATION',
    label: {
      fi: 'Viittomakielen tulkkaus tai tekstitys',
      sv: 'Teckenspråkstolkning eller textning',
      en: 'Sign language interpreting or captions',
    },
  },
  {
    code: 'env.quiet',
    ordinal: 19,
    category: 'WORKSPACE',
    label: { fi: 'Hiljainen, meluton tila', sv: 'Tyst utrymme med lite buller', en: 'Quiet, low-noise space' },
  },
  {
    code: 'env.private_space',
    ordinal: 20,
    category: 'WORKSPACE',
    label: {
      fi: 'Sermein erotettu tai oma työpiste',
      sv: 'Avskärmad eller egen arbetsplats',
      en: 'Screened or private workspace',
    },
  },
  {
    code: 'env.lighting',
    ordinal: 21,
    category: 'WORKSPACE',
    label: { fi: 'Säädettävä valaistus', sv: 'Justerbar belysning', en: 'Adjustable lighting' },
  },
  {
    code: 'env.scent_free',
    ordinal: 22,
    category: 'WORKSPACE',
    label: {
      fi: 'Tuoksuton ja kemikaaliton tila',
      sv: 'Doft- och kemikaliefritt utrymme',
      en: 'Scent- and chemical-free area',
    },
  },
  {
    code: 'acc.step_free',
    ordinal: 23,
    category: 'ACCESSIBILITY',
    label: {
      fi: 'Portaattomat tilat ja esteetön wc',
      sv: 'Lokaler utan trappsteg och tillgänglig toalett',
      en: 'Step-free premises and accessible toilet',
    },
  },
  {
    code: 'acc.transit',
    ordinal: 24,
    category: 'ACCESSIBILITY',
    label: {
      fi: 'Esteetön pysäköinti tai joukkoliikenne lähellä',
      sv: 'Tillgänglig parkering eller kollektivtrafik i närheten',
      en: 'Accessible parking or public transport nearby',
    },
  },
  {
    code: 'acc.remote',
    ordinal: 25,
    category: 'ACCESSIBILITY',
    label: {
      fi: 'Etätyö tai työ kotoa käsin',
      sv: 'Distansarbete eller arbete hemifrån',
      en: 'Remote or home-based work',
    },
  },
  {
    code: 'eq.ergonomic',
    ordinal: 26,
    category: 'EQUIPMENT',
    label: {
      fi: 'Ergonomiset välineet (sähköpöytä, tuoli, nostoapu)',
      sv: 'Ergonomisk utrustning (ställbart bord, stol, lyfthjälp)',
      en: 'Ergonomic equipment (sit-stand desk, chair, lifting aids)',
    },
  },
];
