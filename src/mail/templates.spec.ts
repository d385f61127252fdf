import { describe, expect, it } from '@jest/globals';
import { Language } from '../common/enums';
import { isPermanentFailure, messageIdOf, retryDelayMs } from './mail-sender';
import { MailKind, renderMail } from './templates';

const LANGUAGES = [Language.FI, Language.SV, Language.EN];
const LINK = 'https://jobcenter.example.fi/verify-email?token=abc';

describe('the mail templates', () => {
  it('render every kind in every language, each text its own, with the link in text and HTML', () => {
    for (const kind of Object.values(MailKind)) {
      const subjects = new Set<string>();
      for (const language of LANGUAGES) {
        const mail = renderMail(kind, language, { link: LINK, job: 'Astianpesijä', pseudonym: 'C-7K3QX', days: 7 });
        subjects.add(mail.subject);
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.text).toContain(LINK);
        expect(mail.html).toContain(`href="${LINK}"`);
        expect(mail.html).toContain(`<html lang="${language.toLowerCase()}">`);
        expect(mail.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
        expect(mail.text).not.toMatch(/undefined|\{|\}/);
      }
      expect(subjects.size).toBe(3);
    }
  });

  it('names the job and the pseudonym in notifications, and escapes them in HTML', () => {
    const mail = renderMail(MailKind.PROPOSAL_TO_EMPLOYER, Language.EN, {
      link: LINK,
      job: 'Cook <script>',
      pseudonym: 'C-7K3QX',
    });
    expect(mail.text).toContain('candidate C-7K3QX for your job “Cook <script>”');
    expect(mail.html).toContain('Cook &#60;script&#62;');
    expect(mail.html).not.toContain('<script>');
  });

  it('says whether the client was interested', () => {
    const yes = renderMail(MailKind.OFFER_ANSWERED, Language.FI, { link: LINK, interested: true });
    const no = renderMail(MailKind.OFFER_ANSWERED, Language.FI, { link: LINK, interested: false });
    expect(yes.text).toContain('Hän on kiinnostunut työstä.');
    expect(no.text).toContain('Hän ei ole kiinnostunut työstä.');
  });
});

describe('sending', () => {
  it('waits twice as long after each failed attempt, up to the maximum', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 100, 1000))).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelayMs(500, 2000, 900_000)).toBe(900_000);
  });

  it('derives the Message-ID from the outbox id and the sender domain', () => {
    expect(messageIdOf('42', 'Jobcenter <no-reply@jobcenter.example.fi>')).toBe('<outbox-42@jobcenter.example.fi>');
    expect(messageIdOf('7', 'mail@example.fi')).toBe('<outbox-7@example.fi>');
  });

  it('gives up only on a permanent refusal of the recipient or the message', () => {
    expect(isPermanentFailure({ responseCode: 550, command: 'RCPT TO' })).toBe(true);
    expect(isPermanentFailure({ responseCode: 554, command: 'DATA' })).toBe(true);
    expect(isPermanentFailure({ responseCode: 421, command: 'RCPT TO' })).toBe(false);
    expect(isPermanentFailure({ responseCode: 554, command: 'CONN' })).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }))).toBe(false);
  });
});
