import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemandScale } from '../../../shared/demands/DemandScale';
import { DEMAND_CODES, demandLabel } from '../../../shared/demands/demands';
import type { LimitForm } from '../profile-form';
import { focusWhenDrawn } from '../../../shared/focus';

interface LimitsFieldProps {
  value: readonly LimitForm[];
  errors: Record<string, string>;
  onAdd: (demandCode: string) => void;
  onChange: (limits: LimitForm[]) => void;
}

/**
 * The person's functional limits: for each demand that matters, the most they can manage, on the demand's 0–4
 * scale in everyday words (the same scale the employer's tasks use). Never a diagnosis: the page says so.
 */
export function LimitsField({ value, errors, onAdd, onChange }: LimitsFieldProps) {
  const { t } = useTranslation(['coordinator', 'taxonomy']);
  const [picked, setPicked] = useState('');
  const unused = DEMAND_CODES.filter((code) => !value.some((l) => l.demandCode === code));
  const add = () => {
    if (!picked) return;
    onAdd(picked);
    setPicked('');
    focusWhenDrawn(`profile-limit-${value.length}`);
  };
  const remove = (index: number) => {
    onChange(value.filter((_, i) => i !== index));
    focusWhenDrawn('profile-limit-add');
  };
  return (
    <fieldset className="profile-group" id="profile-limits" aria-describedby="profile-limits-hint profile-limits-never">
      <legend className="profile-group__legend">{t('profileEditor.limits.legend')}</legend>
      <p id="profile-limits-hint" className="field-hint">
        {t('profileEditor.limits.hint')}
      </p>
      <p id="profile-limits-never" className="profile-never">
        {t('profileEditor.limits.never')}
      </p>
      {value.length === 0 ? (
        <p>{t('profileEditor.limits.none')}</p>
      ) : (
        <ul className="profile-list">
          {value.map((limit, index) => (
            <li key={limit.demandCode} className="profile-list__item profile-list__item--limit">
              <DemandScale
                id={`profile-limit-${index}`}
                code={limit.demandCode}
                level={limit.maxLevel}
                error={errors[`restrictions[${index}].maxLevel`] ?? errors[`restrictions[${index}].demandCode`]}
                onChange={(maxLevel) => onChange(value.map((l, i) => (i === index ? { ...l, maxLevel } : l)))}
              />
              <button type="button" className="text-button" onClick={() => remove(index)}>
                {t('profileEditor.limits.remove', { demand: demandLabel(t, limit.demandCode) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {unused.length > 0 && (
        <div className="profile-add">
          <div className="field">
            <label htmlFor="profile-limit-add">{t('profileEditor.limits.add')}</label>
            <select
              id="profile-limit-add"
              className="text-field"
              value={picked}
              onChange={(event) => setPicked(event.target.value)}
            >
              <option value="">{t('profileEditor.limits.choose')}</option>
              {unused.map((code) => (
                <option key={code} value={code}>
                  {demandLabel(t, code)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="secondary-button" disabled={!picked} onClick={add}>
            {t('profileEditor.limits.addButton')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
