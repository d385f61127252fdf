import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, LANGUAGES, NAMESPACES, type Language } from './catalogues';

const STORAGE_KEY = 'jobcenter.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language remembered on this device, else the browser's first supported one, else Finnish. */
export function initialLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  const browser = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
  return browser ?? 'fi';
}

function readStored(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage: the choice then lasts until the tab closes.
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

export async function setupI18n(language: Language = initialLanguage()): Promise<typeof i18n> {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18n.use(initReactI18next).init({
    resources: catalogues,
    lng: language,
    fallbackLng: 'fi',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18n;
}
