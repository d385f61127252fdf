import type { DemandDef } from './types';

/**
 * Functional demands of work, keyed by WHO ICF code, in DOMAIN.md's order. Labels are our own short wording of the
 * ICF category: WHO does not allow redistributing the classification, so only the codes we use are shipped. See
 * https://www.who.int/standards/classifications/international-classification-of-functioning-disability-and-health
 * Ordinals are persisted and must stay below 32 (bit sets): append new entries, never reorder.
 */
export const DEMANDS: readonly DemandDef[] = [
  {
    code: 'b130',
    ordinal: 0,
    label: { fi: 'Jaksaminen ja motivaatio', sv: 'Ork och motivation', en: 'Energy and motivation' },
  },
  {
    code: 'b134',
    ordinal: 1,
    label: {
      fi: 'Unirytmi (työvuorojen ajoitus)',
      sv: 'Sömnrytm (arbetspassens tider)',
      en: 'Sleep rhythm (shift times)',
    },
  },
  {
    code: 'b140',
    ordinal: 2,
    label: {
      fi: 'Tarkkaavaisuus ja keskittyminen',
      sv: 'Uppmärksamhet och koncentration',
      en: 'Attention and concentration',
    },
  },
  { code: 'b144', ordinal: 3, label: { fi: 'Muistaminen', sv: 'Minne', en: 'Memory' } },
  { code: 'b152', ordinal: 4, label: { fi: 'Tunteiden hallinta', sv: 'Att hantera känslor', en: 'Managing emotions' } },
  {
    code: 'b164',
    ordinal: 5,
    label: {
      fi: 'Suunnittelu ja ongelmien ratkaisu',
      sv: 'Planering och problemlösning',
      en: 'Planning and problem solving',
    },
  },
  { code: 'b210', ordinal: 6, label: { fi: 'Näkö', sv: 'Syn', en: 'Eyesight' } },
  { code: 'b230', ordinal: 7, label: { fi: 'Kuulo', sv: 'Hörsel', en: 'Hearing' } },
  {
    code: 'b280',
    ordinal: 8,
    label: { fi: 'Kipua aiheuttava rasitus', sv: 'Belastning som kan ge smärta', en: 'Strain that can cause pain' },
  },
  { code: 'b455', ordinal: 9, label: { fi: 'Fyysinen kestävyys', sv: 'Fysisk uthållighet', en: 'Physical endurance' } },
  { code: 'b730', ordinal: 10, label: { fi: 'Lihasvoima', sv: 'Muskelstyrka', en: 'Muscle strength' } },
  {
    code: 'd155',
    ordinal: 11,
    label: { fi: 'Uusien taitojen oppiminen', sv: 'Att lära sig nya färdigheter', en: 'Learning new skills' },
  },
  { code: 'd166', ordinal: 12, label: { fi: 'Lukeminen', sv: 'Läsning', en: 'Reading' } },
  { code: 'd170', ordinal: 13, label: { fi: 'Kirjoittaminen', sv: 'Skrivande', en: 'Writing' } },
  {
    code: 'd210',
    ordinal: 14,
    label: { fi: 'Yksittäisen tehtävän tekeminen', sv: 'Att utföra en enskild uppgift', en: 'Doing a single task' },
  },
  {
    code: 'd220',
    ordinal: 15,
    label: { fi: 'Useiden tehtävien hoitaminen', sv: 'Att sköta flera uppgifter', en: 'Handling several tasks' },
  },
  {
    code: 'd230',
    ordinal: 16,
    label: {
      fi: 'Päivittäisten rutiinien hoitaminen',
      sv: 'Att klara dagliga rutiner',
      en: 'Managing a daily routine',
    },
  },
  {
    code: 'd240',
    ordinal: 17,
    label: {
      fi: 'Stressin ja paineen sietäminen',
      sv: 'Att hantera stress och press',
      en: 'Handling stress and pressure',
    },
  },
  {
    code: 'd310',
    ordinal: 18,
    label: {
      fi: 'Puhutun viestin ymmärtäminen',
      sv: 'Att förstå talade meddelanden',
      en: 'Understanding spoken messages',
    },
  },
  { code: 'd330', ordinal: 19, label: { fi: 'Puhuminen', sv: 'Att tala', en: 'Speaking' } },
  {
    code: 'd410',
    ordinal: 20,
    label: {
      fi: 'Asennon vaihtaminen (kumartuminen, polvistuminen)',
      sv: 'Att byta ställning (böja sig, knäböja)',
      en: 'Changing body position (bending, kneeling)',
    },
  },
  {
    code: 'd4153',
    ordinal: 21,
    label: { fi: 'Pitkään istuminen', sv: 'Att sitta länge', en: 'Sitting for long periods' },
  },
  {
    code: 'd4154',
    ordinal: 22,
    label: { fi: 'Pitkään seisominen', sv: 'Att stå länge', en: 'Standing for long periods' },
  },
  { code: 'd4300', ordinal: 23, label: { fi: 'Nostaminen', sv: 'Lyftande', en: 'Lifting' } },
  {
    code: 'd440',
    ordinal: 24,
    label: { fi: 'Käsien ja sormien tarkka käyttö', sv: 'Fingerfärdighet', en: 'Fine hand and finger use' },
  },
  {
    code: 'd445',
    ordinal: 25,
    label: {
      fi: 'Käsivarsien käyttö (vetäminen, työntäminen, kurottaminen)',
      sv: 'Att använda armarna (dra, skjuta, sträcka sig)',
      en: 'Hand and arm use (pulling, pushing, reaching)',
    },
  },
  { code: 'd450', ordinal: 26, label: { fi: 'Kävely', sv: 'Att gå', en: 'Walking' } },
  {
    code: 'd470',
    ordinal: 27,
    label: {
      fi: 'Kulkuvälineiden käyttö (bussi, raitiovaunu, auto)',
      sv: 'Att åka med transportmedel (buss, spårvagn, bil)',
      en: 'Using transport (bus, tram, car)',
    },
  },
  {
    code: 'd720',
    ordinal: 28,
    label: {
      fi: 'Vaativa vuorovaikutus muiden kanssa',
      sv: 'Krävande samspel med andra',
      en: 'Demanding interaction with others',
    },
  },
  {
    code: 'd740',
    ordinal: 29,
    label: {
      fi: 'Toimiminen esihenkilöiden ja asiakkaiden kanssa',
      sv: 'Kontakter med chefer och kunder',
      en: 'Dealing with supervisors and customers',
    },
  },
];
