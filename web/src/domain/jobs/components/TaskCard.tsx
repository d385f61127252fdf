import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskTypesQuery } from '../../../generated/graphql';
import { DemandScale } from '../../../shared/demands/DemandScale';
import { DEMAND_CODES, demandLabel } from '../../../shared/demands/demands';
import type { TaskForm } from '../job-form';
import { searchTaskTypes } from '../../../shared/task-types/search';

type TaskType = TaskTypesQuery['taskTypes'][number];

interface TaskCardProps {
  index: number;
  task: TaskForm;
  taskTypes: readonly TaskType[];
  errors: Record<string, string>;
  onChange: (task: TaskForm) => void;
  onRemove: () => void;
}

/** One task of the job: its type (with its usual demands as a start), own words, demands and carving switch. */
export function TaskCard({ index, task, taskTypes, errors, onChange, onRemove }: TaskCardProps) {
  const { t } = useTranslation(['employer', 'taxonomy']);
  const [query, setQuery] = useState('');
  const shown = searchTaskTypes(taskTypes, query, task.taskTypeCode);
  const found = searchTaskTypes(taskTypes, query).length;
  const id = `task-${index}`;
  const at = `tasks[${index}]`;
  const chooseType = (code: string) => {
    const type = taskTypes.find((candidate) => candidate.code === code);
    onChange({
      ...task,
      taskTypeCode: code,
      demands: type ? type.typicalDemands.map((d) => ({ demandCode: d.demand.code, level: d.level })) : [],
    });
  };
  const unused = DEMAND_CODES.filter((code) => !task.demands.some((d) => d.demandCode === code));
  const typeError = errors[`${at}.taskTypeCode`];
  const descriptionError = errors[`${at}.description`];
  const heading = t('editor.task.heading', { n: index + 1 });
  return (
    <li className="task-card">
      <fieldset className="task-card__fieldset">
        <legend className="task-card__legend">{heading}</legend>
        <div className="field">
          <label htmlFor={`${id}-type-search`}>{t('editor.task.search')}</label>
          <input
            id={`${id}-type-search`}
            type="search"
            className="text-field"
            autoComplete="off"
            value={query}
            aria-describedby={`${id}-type-found`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${id}-type-found`} className="field-hint" aria-live="polite">
            {query.trim() === ''
              ? t('editor.task.searchHint')
              : found === 0
                ? t('editor.task.foundNone')
                : t('editor.task.found', { count: found })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('editor.task.type')}</label>
          <p id={`${id}-type-hint`} className="field-hint">
            {t('editor.task.typeHint')}
          </p>
          <select
            id={`${id}-type`}
            className="text-field"
            value={task.taskTypeCode}
            aria-invalid={typeError ? true : undefined}
            aria-describedby={[`${id}-type-hint`, typeError && `${id}-type-error`].filter(Boolean).join(' ')}
            onChange={(event) => chooseType(event.target.value)}
          >
            <option value="">{t('editor.task.chooseType')}</option>
            {shown.map((type) => (
              <option key={type.code} value={type.code}>
                {type.label}
              </option>
            ))}
          </select>
          {typeError && (
            <p id={`${id}-type-error`} className="field-error">
              {typeError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('editor.task.description')}</label>
          <textarea
            id={`${id}-description`}
            className="text-field text-area"
            rows={3}
            value={task.description}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={descriptionError ? `${id}-description-error` : undefined}
            onChange={(event) => onChange({ ...task, description: event.target.value })}
          />
          {descriptionError && (
            <p id={`${id}-description-error`} className="field-error">
              {descriptionError}
            </p>
          )}
        </div>
        <fieldset className="carving">
          <legend>{t('editor.task.carving')}</legend>
          <p id={`${id}-carving-hint`} className="field-hint">
            {t('editor.task.carvingHint')}
          </p>
          <div className="check">
            <input
              type="radio"
              id={`${id}-essential`}
              name={`${id}-carving`}
              checked={!task.modifiable}
              onChange={() => onChange({ ...task, modifiable: false })}
            />
            <label htmlFor={`${id}-essential`}>{t('editor.task.essential')}</label>
          </div>
          <div className="check">
            <input
              type="radio"
              id={`${id}-modifiable`}
              name={`${id}-carving`}
              checked={task.modifiable}
              onChange={() => onChange({ ...task, modifiable: true })}
            />
            <label htmlFor={`${id}-modifiable`}>{t('editor.task.modifiable')}</label>
          </div>
        </fieldset>
        <h3 className="task-card__demands-title">{t('editor.task.demands')}</h3>
        {task.demands.length === 0 && <p>{t('editor.task.noDemands')}</p>}
        <ul className="task-card__demands">
          {task.demands.map((demand, j) => (
            <li key={demand.demandCode}>
              <DemandScale
                id={`${id}-demand-${demand.demandCode}`}
                code={demand.demandCode}
                level={demand.level}
                error={errors[`${at}.demands[${j}].level`] ?? errors[`${at}.demands[${j}].demandCode`]}
                onChange={(level) =>
                  onChange({
                    ...task,
                    demands: task.demands.map((d, k) => (k === j ? { ...d, level } : d)),
                  })
                }
              />
              <button
                type="button"
                className="text-button"
                onClick={() => onChange({ ...task, demands: task.demands.filter((_, k) => k !== j) })}
              >
                {t('editor.task.removeDemand', { demand: demandLabel(t, demand.demandCode) })}
              </button>
            </li>
          ))}
        </ul>
        {unused.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-add-demand`}>{t('editor.task.addDemand')}</label>
            <select
              id={`${id}-add-demand`}
              className="text-field"
              value=""
              onChange={(event) =>
                event.target.value &&
                onChange({ ...task, demands: [...task.demands, { demandCode: event.target.value, level: 1 }] })
              }
            >
              <option value="">{t('editor.task.chooseDemand')}</option>
              {unused.map((code) => (
                <option key={code} value={code}>
                  {demandLabel(t, code)}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" className="secondary-button" onClick={onRemove}>
          {t('editor.task.remove', { n: index + 1 })}
        </button>
      </fieldset>
    </li>
  );
}
