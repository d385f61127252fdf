import '../forms.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, exactMunicipality, municipalityByCode, searchMunicipalities } from './search';
import { focusWhenDrawn } from '../focus';

interface MunicipalityPickerProps {
  id: string;
  label: string;
  /** The chosen municipality's Statistics Finland code, or null. */
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  required?: boolean;
}

/**
 * Finds a municipality by its Finnish or Swedish name: the matches appear as buttons under the text field (Tab
 * reaches them), and typing a whole name chooses it at once. The choice is said beside the field.
 */
export function MunicipalityPicker({ id, label, value, onChange, error, required }: MunicipalityPickerProps) {
  const { t, i18n } = useTranslation('shared');
  const language = i18n.language;
  const chosen = municipalityByCode(value);
  const [text, setText] = useState(() => (chosen ? displayName(chosen, language) : ''));
  const [searching, setSearching] = useState(false);
  const matches = searching ? searchMunicipalities(text) : [];

  const type = (typed: string) => {
    setText(typed);
    setSearching(true);
    const exact = exactMunicipality(typed);
    if ((exact?.code ?? null) !== value) onChange(exact?.code ?? null);
  };
  const choose = (code: string) => {
    const municipality = municipalityByCode(code);
    if (municipality) setText(displayName(municipality, language));
    setSearching(false);
    onChange(code);
    focusWhenDrawn(id);
  };

  const describedBy = [`${id}-hint`, `${id}-chosen`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="picker">
      <label htmlFor={id} className="picker__label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('municipality.hint')}
      </p>
      <input
        id={id}
        type="text"
        className="text-field"
        autoComplete="off"
        value={text}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => type(event.target.value)}
      />
      <p id={`${id}-chosen`} className="picker__chosen" aria-live="polite">
        {chosen ? t('municipality.chosen', { name: displayName(chosen, language) }) : t('municipality.notChosen')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {searching && text.trim() !== '' && !(chosen && matches.length === 1 && matches[0].code === chosen.code) && (
        <div className="picker__matches">
          <p className="visually-hidden" aria-live="polite">
            {t('municipality.found', { count: matches.length })}
          </p>
          {matches.length === 0 ? (
            <p>{t('municipality.none')}</p>
          ) : (
            <ul aria-label={t('municipality.matches')}>
              {matches.map((m) => (
                <li key={m.code}>
                  <button
                    type="button"
                    className="picker__match"
                    aria-pressed={m.code === value}
                    onClick={() => choose(m.code)}
                  >
                    {displayName(m, language)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
