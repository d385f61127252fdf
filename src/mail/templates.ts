import { Language } from '../common/enums';

/**
 * The mails Jobcenter sends, in Finnish, Swedish and English (the recipient's language). Plain language: short
 * sentences, everyday words, one thing per mail and one link. Each renders to a subject, a plain-text body and a
 * simple HTML body (one heading, paragraphs, the link as a visible address; no images, no tracking, lang set).
 * Mails to employers name the job and the candidate's pseudonym only: the parameters have no field for anything else.
 */
export enum MailKind {
  VERIFY_SIGN_UP = 'VERIFY_SIGN_UP',
  SIGN_UP_ADDRESS_TAKEN = 'SIGN_UP_ADDRESS_TAKEN',
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITATION = 'INVITATION',
  PROPOSAL_TO_EMPLOYER = 'PROPOSAL_TO_EMPLOYER',
  INTRODUCTION_REQUEST = 'INTRODUCTION_REQUEST',
  OFFER_ANSWERED = 'OFFER_ANSWERED',
  REMINDER_TO_EMPLOYER = 'REMINDER_TO_EMPLOYER',
  REMINDER_TO_COORDINATOR = 'REMINDER_TO_COORDINATOR',
  STILL_WAITING_FOR_EMPLOYER = 'STILL_WAITING_FOR_EMPLOYER',
  STILL_WAITING_FOR_COORDINATOR = 'STILL_WAITING_FOR_COORDINATOR',
}

/** What each kind's text may use: `link` always; the job's title and the candidate's pseudonym where named. */
export interface MailParams {
  link: string;
  job?: string;
  pseudonym?: string;
  /** For OFFER_ANSWERED: whether the client was interested. */
  interested?: boolean;
  /** For reminders: days waited. */
  days?: number;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Text = { subject: string; heading: string; body: (p: MailParams) => string[]; action: string };
type Catalog = Record<MailKind, Text>;

const q = (text: string | undefined): string => `“${text ?? ''}”`;

const fi: Catalog = {
  VERIFY_SIGN_UP: {
    subject: 'Vahvista sähköpostiosoitteesi',
    heading: 'Tervetuloa Jobcenteriin',
    body: () => [
      'Joku rekisteröi työnantajan tilin tällä osoitteella.',
      'Jos se olit sinä, vahvista osoite alla olevasta linkistä. Linkki toimii 24 tuntia.',
      'Jos et rekisteröitynyt, voit jättää tämän viestin huomiotta.',
    ],
    action: 'Vahvista osoite',
  },
  SIGN_UP_ADDRESS_TAKEN: {
    subject: 'Joku yritti rekisteröityä osoitteellasi',
    heading: 'Sinulla on jo tili',
    body: () => [
      'Joku yritti rekisteröityä Jobcenteriin tällä osoitteella. Osoitteella on jo tili.',
      'Jos se olit sinä, kirjaudu sisään. Jos unohdit salasanan, voit vaihtaa sen.',
      'Jos et yrittänyt rekisteröityä, voit jättää tämän viestin huomiotta.',
    ],
    action: 'Vaihda salasana',
  },
  PASSWORD_RESET: {
    subject: 'Vaihda salasanasi',
    heading: 'Salasanan vaihto',
    body: () => [
      'Joku pyysi uutta salasanaa tilillesi.',
      'Jos se olit sinä, valitse uusi salasana alla olevasta linkistä. Linkki toimii 30 minuuttia ja kerran.',
      'Jos et pyytänyt uutta salasanaa, voit jättää tämän viestin huomiotta.',
    ],
    action: 'Valitse uusi salasana',
  },
  INVITATION: {
    subject: 'Sinut on kutsuttu Jobcenteriin',
    heading: 'Kutsu Jobcenteriin',
    body: () => [
      'Sinulle on tehty tili Jobcenteriin.',
      'Valitse oma salasanasi alla olevasta linkistä. Linkki toimii 7 päivää.',
    ],
    action: 'Valitse salasana',
  },
  PROPOSAL_TO_EMPLOYER: {
    subject: 'Uusi ehdokas työpaikkaasi',
    heading: 'Uusi ehdokas',
    body: (p) => [
      `Työvalmentaja ehdottaa ehdokasta ${p.pseudonym ?? ''} työpaikkaan ${q(p.job)}.`,
      'Vastaa ehdotukseen Jobcenterissä.',
    ],
    action: 'Katso ehdotus',
  },
  INTRODUCTION_REQUEST: {
    subject: 'Työnantaja pyytää esittelyä',
    heading: 'Pyyntö esittelystä',
    body: (p) => [
      `Työnantaja haluaa tutustua ehdokkaaseen ${p.pseudonym ?? ''} työpaikkaa ${q(p.job)} varten.`,
      'Vastaa pyyntöön Jobcenterissä.',
    ],
    action: 'Katso pyyntö',
  },
  OFFER_ANSWERED: {
    subject: 'Asiakas vastasi työtarjoukseen',
    heading: 'Vastaus työtarjoukseen',
    body: (p) => [
      `Asiakas ${p.pseudonym ?? ''} vastasi työtarjoukseen ${q(p.job)}.`,
      p.interested ? 'Hän on kiinnostunut työstä.' : 'Hän ei ole kiinnostunut työstä.',
    ],
    action: 'Katso tarjoukset',
  },
  REMINDER_TO_EMPLOYER: {
    subject: 'Muistutus: ehdokas odottaa vastaustasi',
    heading: 'Ehdokas odottaa',
    body: (p) => [
      `Ehdokas ${p.pseudonym ?? ''} työpaikkaan ${q(p.job)} on odottanut vastaustasi ${p.days ?? 0} päivää.`,
      'Vastaa, kun ehdit.',
    ],
    action: 'Vastaa ehdotukseen',
  },
  REMINDER_TO_COORDINATOR: {
    subject: 'Muistutus: työnantaja odottaa vastaustasi',
    heading: 'Työnantaja odottaa',
    body: (p) => [
      `Työnantaja on odottanut vastausta ehdokkaasta ${p.pseudonym ?? ''} työpaikkaan ${q(p.job)} ${p.days ?? 0} päivää.`,
      'Vastaa, kun ehdit.',
    ],
    action: 'Vastaa pyyntöön',
  },
  STILL_WAITING_FOR_EMPLOYER: {
    subject: 'Työnantaja ei ole vielä vastannut',
    heading: 'Odotetaan työnantajaa',
    body: (p) => [
      `Työnantaja ei ole vastannut ehdotukseesi ${p.pseudonym ?? ''} työpaikkaan ${q(p.job)} ${p.days ?? 0} päivässä.`,
      'Lähetimme työnantajalle muistutuksen.',
    ],
    action: 'Katso ehdotus',
  },
  STILL_WAITING_FOR_COORDINATOR: {
    subject: 'Työvalmentaja ei ole vielä vastannut',
    heading: 'Odotetaan työvalmentajaa',
    body: (p) => [
      `Työvalmentaja ei ole vastannut pyyntöösi ehdokkaasta ${p.pseudonym ?? ''} työpaikkaan ${q(p.job)} ${p.days ?? 0} päivässä.`,
      'Lähetimme hänelle muistutuksen.',
    ],
    action: 'Katso pyyntö',
  },
};

const sv: Catalog = {
  VERIFY_SIGN_UP: {
    subject: 'Bekräfta din e-postadress',
    heading: 'Välkommen till Jobcenter',
    body: () => [
      'Någon registrerade ett arbetsgivarkonto med den här adressen.',
      'Om det var du, bekräfta adressen med länken nedan. Länken fungerar i 24 timmar.',
      'Om det inte var du kan du strunta i det här meddelandet.',
    ],
    action: 'Bekräfta adressen',
  },
  SIGN_UP_ADDRESS_TAKEN: {
    subject: 'Någon försökte registrera sig med din adress',
    heading: 'Du har redan ett konto',
    body: () => [
      'Någon försökte registrera sig på Jobcenter med den här adressen. Adressen har redan ett konto.',
      'Om det var du, logga in. Om du har glömt lösenordet kan du byta det.',
      'Om det inte var du kan du strunta i det här meddelandet.',
    ],
    action: 'Byt lösenord',
  },
  PASSWORD_RESET: {
    subject: 'Byt ditt lösenord',
    heading: 'Byte av lösenord',
    body: () => [
      'Någon bad om ett nytt lösenord till ditt konto.',
      'Om det var du, välj ett nytt lösenord med länken nedan. Länken fungerar i 30 minuter och en gång.',
      'Om det inte var du kan du strunta i det här meddelandet.',
    ],
    action: 'Välj ett nytt lösenord',
  },
  INVITATION: {
    subject: 'Du är inbjuden till Jobcenter',
    heading: 'Inbjudan till Jobcenter',
    body: () => [
      'Ett konto på Jobcenter har skapats åt dig.',
      'Välj ditt eget lösenord med länken nedan. Länken fungerar i 7 dagar.',
    ],
    action: 'Välj lösenord',
  },
  PROPOSAL_TO_EMPLOYER: {
    subject: 'En ny kandidat till ditt jobb',
    heading: 'En ny kandidat',
    body: (p) => [
      `En jobbcoach föreslår kandidaten ${p.pseudonym ?? ''} till jobbet ${q(p.job)}.`,
      'Svara på förslaget i Jobcenter.',
    ],
    action: 'Se förslaget',
  },
  INTRODUCTION_REQUEST: {
    subject: 'En arbetsgivare ber om en presentation',
    heading: 'Begäran om presentation',
    body: (p) => [
      `En arbetsgivare vill lära känna kandidaten ${p.pseudonym ?? ''} för jobbet ${q(p.job)}.`,
      'Svara på begäran i Jobcenter.',
    ],
    action: 'Se begäran',
  },
  OFFER_ANSWERED: {
    subject: 'En kund svarade på ett jobberbjudande',
    heading: 'Svar på jobberbjudandet',
    body: (p) => [
      `Kunden ${p.pseudonym ?? ''} svarade på erbjudandet ${q(p.job)}.`,
      p.interested ? 'Hen är intresserad av jobbet.' : 'Hen är inte intresserad av jobbet.',
    ],
    action: 'Se erbjudandena',
  },
  REMINDER_TO_EMPLOYER: {
    subject: 'Påminnelse: en kandidat väntar på ditt svar',
    heading: 'En kandidat väntar',
    body: (p) => [
      `Kandidaten ${p.pseudonym ?? ''} till jobbet ${q(p.job)} har väntat på ditt svar i ${p.days ?? 0} dagar.`,
      'Svara när du hinner.',
    ],
    action: 'Svara på förslaget',
  },
  REMINDER_TO_COORDINATOR: {
    subject: 'Påminnelse: en arbetsgivare väntar på ditt svar',
    heading: 'En arbetsgivare väntar',
    body: (p) => [
      `En arbetsgivare har väntat på svar om kandidaten ${p.pseudonym ?? ''} till jobbet ${q(p.job)} i ${p.days ?? 0} dagar.`,
      'Svara när du hinner.',
    ],
    action: 'Svara på begäran',
  },
  STILL_WAITING_FOR_EMPLOYER: {
    subject: 'Arbetsgivaren har inte svarat än',
    heading: 'Vi väntar på arbetsgivaren',
    body: (p) => [
      `Arbetsgivaren har inte svarat på ditt förslag ${p.pseudonym ?? ''} till jobbet ${q(p.job)} på ${p.days ?? 0} dagar.`,
      'Vi har skickat en påminnelse till arbetsgivaren.',
    ],
    action: 'Se förslaget',
  },
  STILL_WAITING_FOR_COORDINATOR: {
    subject: 'Jobbcoachen har inte svarat än',
    heading: 'Vi väntar på jobbcoachen',
    body: (p) => [
      `Jobbcoachen har inte svarat på din begäran om kandidaten ${p.pseudonym ?? ''} till jobbet ${q(p.job)} på ${p.days ?? 0} dagar.`,
      'Vi har skickat en påminnelse.',
    ],
    action: 'Se begäran',
  },
};

const en: Catalog = {
  VERIFY_SIGN_UP: {
    subject: 'Confirm your email address',
    heading: 'Welcome to Jobcenter',
    body: () => [
      'Someone signed up for an employer account with this address.',
      'If it was you, confirm the address with the link below. The link works for 24 hours.',
      'If it was not you, you can ignore this mail.',
    ],
    action: 'Confirm the address',
  },
  SIGN_UP_ADDRESS_TAKEN: {
    subject: 'Someone tried to sign up with your address',
    heading: 'You already have an account',
    body: () => [
      'Someone tried to sign up to Jobcenter with this address. The address already has an account.',
      'If it was you, sign in. If you forgot your password, you can change it.',
      'If it was not you, you can ignore this mail.',
    ],
    action: 'Change your password',
  },
  PASSWORD_RESET: {
    subject: 'Change your password',
    heading: 'Changing your password',
    body: () => [
      'Someone asked for a new password for your account.',
      'If it was you, choose a new password with the link below. The link works once, for 30 minutes.',
      'If it was not you, you can ignore this mail.',
    ],
    action: 'Choose a new password',
  },
  INVITATION: {
    subject: 'You are invited to Jobcenter',
    heading: 'An invitation to Jobcenter',
    body: () => [
      'An account on Jobcenter was made for you.',
      'Choose your own password with the link below. The link works for 7 days.',
    ],
    action: 'Choose a password',
  },
  PROPOSAL_TO_EMPLOYER: {
    subject: 'A new candidate for your job',
    heading: 'A new candidate',
    body: (p) => [
      `A job coach proposes candidate ${p.pseudonym ?? ''} for your job ${q(p.job)}.`,
      'Answer the proposal in Jobcenter.',
    ],
    action: 'See the proposal',
  },
  INTRODUCTION_REQUEST: {
    subject: 'An employer asks for an introduction',
    heading: 'A request for an introduction',
    body: (p) => [
      `An employer would like to meet candidate ${p.pseudonym ?? ''} for the job ${q(p.job)}.`,
      'Answer the request in Jobcenter.',
    ],
    action: 'See the request',
  },
  OFFER_ANSWERED: {
    subject: 'A client answered a job offer',
    heading: 'An answer to a job offer',
    body: (p) => [
      `Client ${p.pseudonym ?? ''} answered the offer of ${q(p.job)}.`,
      p.interested ? 'They are interested in the job.' : 'They are not interested in the job.',
    ],
    action: 'See the offers',
  },
  REMINDER_TO_EMPLOYER: {
    subject: 'Reminder: a candidate is waiting for your answer',
    heading: 'A candidate is waiting',
    body: (p) => [
      `Candidate ${p.pseudonym ?? ''} for your job ${q(p.job)} has waited ${p.days ?? 0} days for your answer.`,
      'Please answer when you can.',
    ],
    action: 'Answer the proposal',
  },
  REMINDER_TO_COORDINATOR: {
    subject: 'Reminder: an employer is waiting for your answer',
    heading: 'An employer is waiting',
    body: (p) => [
      `An employer has waited ${p.days ?? 0} days for an answer about candidate ${p.pseudonym ?? ''} for the job ${q(p.job)}.`,
      'Please answer when you can.',
    ],
    action: 'Answer the request',
  },
  STILL_WAITING_FOR_EMPLOYER: {
    subject: 'The employer has not answered yet',
    heading: 'Waiting for the employer',
    body: (p) => [
      `The employer has not answered your proposal of ${p.pseudonym ?? ''} for the job ${q(p.job)} in ${p.days ?? 0} days.`,
      'We sent the employer a reminder.',
    ],
    action: 'See the proposal',
  },
  STILL_WAITING_FOR_COORDINATOR: {
    subject: 'The job coach has not answered yet',
    heading: 'Waiting for the job coach',
    body: (p) => [
      `The job coach has not answered your request about candidate ${p.pseudonym ?? ''} for the job ${q(p.job)} in ${p.days ?? 0} days.`,
      'We sent them a reminder.',
    ],
    action: 'See the request',
  },
};

const CATALOGS: Record<Language, Catalog> = { [Language.FI]: fi, [Language.SV]: sv, [Language.EN]: en };
const LANG_TAG: Record<Language, string> = { [Language.FI]: 'fi', [Language.SV]: 'sv', [Language.EN]: 'en' };
const FOOTER: Record<Language, string> = {
  [Language.FI]: 'Tämä on Jobcenterin automaattinen viesti.',
  [Language.SV]: 'Det här är ett automatiskt meddelande från Jobcenter.',
  [Language.EN]: 'This is an automatic message from Jobcenter.',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The mail of `kind` in `language`, with `params` filled in. Pure. */
export function renderMail(kind: MailKind, language: Language, params: MailParams): RenderedMail {
  const t = CATALOGS[language][kind];
  const paragraphs = t.body(params);
  const footer = FOOTER[language];
  const text = [
    t.heading,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `${t.action}:`,
    params.link,
    '',
    '--',
    footer,
    '',
  ].join('\n');
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${LANG_TAG[language]}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t.subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em;">',
    `<h1 style="font-size: 1.375em;">${escapeHtml(t.heading)}</h1>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(params.link)}" style="color: #0000bf;">${escapeHtml(t.action)}</a></p>`,
    `<p>${escapeHtml(params.link)}</p>`,
    `<hr><p style="font-size: 0.875em;">${escapeHtml(footer)}</p>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { subject: t.subject, text, html };
}
