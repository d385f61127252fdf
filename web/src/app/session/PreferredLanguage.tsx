import { useEffect } from 'react';
import { useLanguageChoice } from '../layout/useLanguageChoice';
import { useSession } from './SessionProvider';

/** Once signed in, the user's preferred language applies (as if they had chosen it here). */
export function PreferredLanguage() {
  const { user } = useSession();
  const choose = useLanguageChoice();
  const preferred = user?.preferredLanguage;
  useEffect(() => {
    if (preferred) void choose(preferred.toLowerCase() as 'fi' | 'sv' | 'en');
  }, [preferred, choose]);
  return null;
}
