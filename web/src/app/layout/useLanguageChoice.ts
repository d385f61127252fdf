import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../catalogues';
import { rememberLanguage } from '../i18n';

/**
 * Changes the page's language (and `<html lang>`) and remembers it on this device. Signed-in users' choice is also
 * saved as their preferred language once the API offers that.
 */
export function useLanguageChoice(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation();
  return useCallback(
    async (language: Language) => {
      rememberLanguage(language);
      if (i18n.language !== language) await i18n.changeLanguage(language);
    },
    [i18n],
  );
}
