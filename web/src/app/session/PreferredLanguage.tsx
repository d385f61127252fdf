import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n';
import { useSession } from './SessionProvider';

/** Once signed in, the user's preferred language applies (and this device remembers it). */
export function PreferredLanguage() {
  const { user } = useSession();
  const { i18n } = useTranslation();
  const preferred = user?.preferredLanguage.toLowerCase() as 'fi' | 'sv' | 'en' | undefined;
  useEffect(() => {
    if (!preferred) return;
    rememberLanguage(preferred);
    if (i18n.language !== preferred) void i18n.changeLanguage(preferred);
  }, [preferred, i18n]);
  return null;
}
