import '../forms.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOMMODATION_GROUPS, accommodationDescription, accommodationLabel, categoryLabel } from './accommodations';
import { FieldNotes, notesDescribedBy } from '../FieldNotes';

interface AccommodationPickerProps {
  id: string;
  legend: string;
  hint?: string;
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
  /** More controls for a chosen accommodation, under its description (a person's need: required or preferred). */
  chosenExtra?: (code: string, inputId: string) => ReactNode;
}

/** Checkboxes for the accommodations, grouped by category, each with a sentence on what it means. */
export function AccommodationPicker({
  id,
  legend,
  hint,
  value,
  onChange,
  error,
  chosenExtra,
}: AccommodationPickerProps) {
  const { t, i18n } = useTranslation('taxonomy');
  const chosen = new Set(value);
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code] : value.filter((existing) => existing !== code));
  const describedBy = notesDescribedBy(id, { hint, error });
  return (
    <fieldset className="accommodations" id={id} aria-describedby={describedBy}>
      <legend className="accommodations__legend">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {ACCOMMODATION_GROUPS.map((group) => (
        <fieldset key={group.category} className="accommodations__group">
          <legend>{categoryLabel(t, group.category)}</legend>
          {group.codes.map((code) => {
            const inputId = `${id}-${code.replace('.', '-')}`;
            return (
              <div key={code} className="check">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={chosen.has(code)}
                  aria-describedby={`${inputId}-description`}
                  onChange={(event) => toggle(code, event.target.checked)}
                />
                <label htmlFor={inputId}>{accommodationLabel(code, i18n.language)}</label>
                <p id={`${inputId}-description`} className="check__description">
                  {accommodationDescription(t, code)}
                </p>
                {chosenExtra && chosen.has(code) && chosenExtra(code, inputId)}
              </div>
            );
          })}
        </fieldset>
      ))}
    </fieldset>
  );
}
