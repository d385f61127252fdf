/** The languages offered as boxes (ISO 639-1): Finland's own and those most spoken by people who moved here. */
export const COMMON_LANGUAGES: readonly string[] = [
  'fi',
  'sv',
  'en',
  'ru',
  'et',
  'ar',
  'so',
  'uk',
  'fa',
  'ku',
  'sq',
  'vi',
  'zh',
  'th',
  'tr',
  'es',
  'de',
  'fr',
];

/** The boxes to show: the common languages, then any other the profile already has (from the API). */
export function languageChoices(chosen: readonly string[]): string[] {
  return [...COMMON_LANGUAGES, ...chosen.filter((code) => !COMMON_LANGUAGES.includes(code))];
}

/** The language's name in the page's language, with a capital first letter ("fi" in Finnish: "Suomi"). */
export function languageName(code: string, pageLanguage: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  if (!name || name === code) return code;
  return name.charAt(0).toLocaleUpperCase(pageLanguage) + name.slice(1);
}
