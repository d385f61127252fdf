import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskTypesQuery } from '../../../generated/graphql';
import { searchTaskTypes } from '../../../shared/task-types/search';
import { EXPERIENCE_LEVELS, type AbilityForm } from '../profile-form';
import { focusWhenDrawn } from '../../../shared/focus';

type TaskType = TaskTypesQuery['taskTypes'][number];

interface AbilitiesFieldProps {
  value: readonly AbilityForm[];
  taskTypes: readonly TaskType[];
  errors: Record<string, string>;
  onAdd: (taskTypeCode: string) => void;
  onChange: (abilities: AbilityForm[]) => void;
}

/**
 * The kinds of task the person can or wants to do, each with their experience: found by name, then added with a
 * button (a select alone would add a kind at every arrow key), changed and removed in the list.
 */
export function AbilitiesField({ value, taskTypes, errors, onAdd, onChange }: AbilitiesFieldProps) {
  const { t } = useTranslation('coordinator');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState('');
  const chosen = new Set(value.map((a) => a.taskTypeCode));
  const shown = searchTaskTypes(taskTypes, query).filter((type) => !chosen.has(type.code));
  const labelOf = (code: string) => taskTypes.find((type) => type.code === code)?.label ?? code;
  const listError = errors.abilities;

  const add = () => {
    const code = picked || shown[0]?.code;
    if (!code) return;
    onAdd(code);
    setPicked('');
    setQuery('');
    focusWhenDrawn(`profile-ability-${value.length}-experience`);
  };
  const remove = (index: number) => {
    onChange(value.filter((_, i) => i !== index));
    focusWhenDrawn('profile-ability-search');
  };

  return (
    <fieldset className="profile-group" id="profile-abilities">
      <legend className="profile-group__legend">{t('profileEditor.abilities.legend')}</legend>
      <p className="field-hint">{t('profileEditor.abilities.hint')}</p>
      {listError && <p className="field-error">{listError}</p>}
      {value.length === 0 ? (
        <p>{t('profileEditor.abilities.none')}</p>
      ) : (
        <ul className="profile-list">
          {value.map((ability, index) => {
            const id = `profile-ability-${index}-experience`;
            const error =
              errors[`abilities[${index}].experience`] ?? errors[`abilities[${index}].taskTypeCode`] ?? undefined;
            return (
              <li key={ability.taskTypeCode} className="profile-list__item">
                <label htmlFor={id} className="profile-list__label">
                  {labelOf(ability.taskTypeCode)}
                </label>
                <select
                  id={id}
                  className="text-field profile-list__control"
                  value={ability.experience}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) =>
                    onChange(value.map((a, i) => (i === index ? { ...a, experience: Number(event.target.value) } : a)))
                  }
                >
                  {EXPERIENCE_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`profileEditor.abilities.experience.${level}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className="text-button" onClick={() => remove(index)}>
                  {t('profileEditor.abilities.remove', { task: labelOf(ability.taskTypeCode) })}
                </button>
                {error && (
                  <p id={`${id}-error`} className="field-error">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="profile-add">
        <div className="field">
          <label htmlFor="profile-ability-search">{t('profileEditor.abilities.search')}</label>
          <input
            id="profile-ability-search"
            type="search"
            className="text-field"
            autoComplete="off"
            value={query}
            aria-describedby="profile-ability-found"
            onChange={(event) => {
              setQuery(event.target.value);
              setPicked('');
            }}
          />
          <p id="profile-ability-found" className="field-hint" aria-live="polite">
            {query.trim() === ''
              ? t('profileEditor.abilities.searchHint')
              : t('profileEditor.abilities.found', { count: shown.length })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="profile-ability-type">{t('profileEditor.abilities.type')}</label>
          <select
            id="profile-ability-type"
            className="text-field"
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
          >
            <option value="">{t('profileEditor.abilities.choose')}</option>
            {shown.map((type) => (
              <option key={type.code} value={type.code}>
                {type.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="secondary-button" disabled={shown.length === 0} onClick={add}>
          {t('profileEditor.abilities.add')}
        </button>
      </div>
    </fieldset>
  );
}
