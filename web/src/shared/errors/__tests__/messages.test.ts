import { CombinedGraphQLErrors } from '@apollo/client/errors';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES, NAMESPACES } from '../../../app/catalogues';
import { apiProblemOf } from '../api-problem';
import { fieldMessages, problemMessage } from '../messages';

const i18n = i18next.createInstance();
let t: (language: string) => TFunction;

beforeAll(async () => {
  await i18n.init({ resources: catalogues, lng: 'fi', fallbackLng: 'fi', ns: [...NAMESPACES], defaultNS: 'common' });
  t = (language) => i18n.getFixedT(language);
});

function graphQLError(extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message: 'English text the pages never show', extensions }] });
}

describe('apiProblemOf', () => {
  it('reads code, reason, fields and the wait from the extensions, not the message', () => {
    const problem = apiProblemOf(
      graphQLError({
        code: 'BAD_USER_INPUT',
        reason: 'SOMETHING',
        retryAfterSeconds: 30,
        fields: [{ field: 'title', message: 'too long', reason: 'TOO_LONG' }, { field: 'x' }, 'junk'],
      }),
    );
    expect(problem).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'SOMETHING',
      retryAfterSeconds: 30,
      fields: [{ field: 'title', reason: 'TOO_LONG' }, { field: 'x' }],
    });
  });

  it('keeps what the privacy check found beside its reason', () => {
    const problem = apiProblemOf(
      graphQLError({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.summary', message: 'must not identify', reason: 'IDENTIFYING_TEXT', kind: 'PHONE' }],
      }),
    );
    expect(problem.fields).toEqual([{ field: 'input.summary', reason: 'IDENTIFYING_TEXT', kind: 'PHONE' }]);
  });

  it('calls anything that is not a GraphQL answer a network problem', () => {
    expect(apiProblemOf(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', fields: [] });
  });
});

describe('problemMessage', () => {
  it('prefers the page’s own wording, then the reason, then the code, then a general message', () => {
    expect(problemMessage(t('en'), { code: 'UNAUTHENTICATED', fields: [] }, 'signIn')).toBe(
      'The email or password is wrong.',
    );
    expect(problemMessage(t('en'), { code: 'UNAUTHENTICATED', fields: [] })).toBe('Please sign in first.');
    expect(problemMessage(t('sv'), { code: 'NO_SUCH_CODE', fields: [] })).toBe('Något gick fel. Försök igen.');
  });

  it('tells a wrong, an expired and a used sign-in code apart, and how long to wait after too many tries', () => {
    const code = (reason?: string, retryAfterSeconds?: number) =>
      problemMessage(
        t('en'),
        { code: reason ? 'UNAUTHENTICATED' : 'RATE_LIMITED', reason, fields: [], retryAfterSeconds },
        'accessCode',
      );
    expect(code('ACCESS_CODE_WRONG')).toBe('The code is wrong. Check it and try again.');
    expect(code('ACCESS_CODE_EXPIRED')).toBe('The code is too old. Ask your job coach for a new code.');
    expect(code('ACCESS_CODE_USED')).toBe('The code has been used already. Ask your job coach for a new code.');
    expect(code(undefined, 600)).toBe('Too many tries. Wait 10 minutes and try again.');
  });

  it('says how many whole minutes to wait, in each language’s plural', () => {
    const limited = (seconds: number) => ({ code: 'RATE_LIMITED', fields: [], retryAfterSeconds: seconds });
    expect(problemMessage(t('en'), limited(20))).toBe('Too many tries. Wait 1 minute and try again.');
    expect(problemMessage(t('en'), limited(61))).toBe('Too many tries. Wait 2 minutes and try again.');
    expect(problemMessage(t('fi'), limited(300))).toBe('Liian monta yritystä. Odota 5 minuuttia ja yritä uudelleen.');
    expect(problemMessage(t('sv'), limited(60))).toBe('För många försök. Vänta 1 minut och försök igen.');
  });
});

describe('fieldMessages', () => {
  it('gives each field the message of its first reason, and a general one for an unknown reason', () => {
    const messages = fieldMessages(t('fi'), {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'title', reason: 'TOO_LONG' },
        { field: 'title', reason: 'REQUIRED' },
        { field: 'pay', reason: 'SOMETHING_NEW' },
      ],
    });
    expect(messages).toEqual({ title: 'Teksti on liian pitkä.', pay: 'Tarkista tämä kenttä.' });
  });
});

describe('catalogues', () => {
  function keys(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null) return [prefix];
    return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
  }

  it.each(NAMESPACES)('%s has the same keys in fi, sv and en, none of them empty', (namespace) => {
    const [first, ...others] = LANGUAGES.map((language) => catalogues[language][namespace]);
    for (const other of others) expect(keys(other).sort()).toEqual(keys(first).sort());
    for (const language of LANGUAGES) {
      const walk = (value: unknown): void => {
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
        else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
      };
      walk(catalogues[language][namespace]);
    }
  });
});
