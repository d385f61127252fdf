import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyPreferencesDocument, type Language as ApiLanguage } from '../../generated/graphql';
import type { Language } from '../catalogues';
import { rememberLanguage } from '../i18n';
import { useSession } from '../session/SessionProvider';

/**
 * The person's choice of language: the page (and `<html lang>`) changes, this device remembers it, and a signed-in
 * user's preferred language is saved too, so that mails and the next sign-in follow it.
 */
export function useLanguageChoice(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const [save] = useMutation(UpdateMyPreferencesDocument);
  return useCallback(
    async (language: Language) => {
      rememberLanguage(language);
      if (i18n.language !== language) await i18n.changeLanguage(language);
      if (user)
        await save({ variables: { preferredLanguage: language.toUpperCase() as ApiLanguage } }).catch(() => undefined);
    },
    [i18n, save, user],
  );
}
