import { useTranslation } from 'react-i18next';
import { languageName, languageChoices } from '../languages';

interface LanguagesFieldProps {
  value: readonly string[];
  error?: string;
  onChange: (languages: string[]) => void;
}

/** The languages the person can work in: the ones most spoken in Finland as boxes, named in the page's language. */
export function LanguagesField({ value, error, onChange }: LanguagesFieldProps) {
  const { t, i18n } = useTranslation('coordinator');
  const chosen = new Set(value);
  return (
    <fieldset
      className="profile-group"
      id="profile-languages"
      aria-describedby={error ? 'profile-languages-error' : undefined}
    >
      <legend className="profile-group__legend">{t('profileEditor.languages.legend')}</legend>
      {error && (
        <p id="profile-languages-error" className="field-error">
          {error}
        </p>
      )}
      <div className="profile-languages">
        {languageChoices(value).map((code) => (
          <div key={code} className="check">
            <input
              id={`profile-language-${code}`}
              type="checkbox"
              checked={chosen.has(code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, code] : value.filter((existing) => existing !== code))
              }
            />
            <label htmlFor={`profile-language-${code}`} lang={i18n.language}>
              {languageName(code, i18n.language)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
