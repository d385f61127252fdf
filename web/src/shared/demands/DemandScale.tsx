import '../forms.css';
import { useTranslation } from 'react-i18next';
import { DEMAND_LEVELS, demandLabel, demandSteps } from './demands';

interface DemandScaleProps {
  id: string;
  code: string;
  level: number;
  onChange: (level: number) => void;
  error?: string;
}

/**
 * One demand of a task: its everyday name and a choice of its five described steps, with the level as a bar and
 * the chosen step written out in full below.
 */
export function DemandScale({ id, code, level, onChange, error }: DemandScaleProps) {
  const { t } = useTranslation('taxonomy');
  const steps = demandSteps(t, code);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="demand-scale">
      <label htmlFor={id} className="demand-scale__label">
        {demandLabel(t, code)}
      </label>
      <div className="demand-scale__control">
        <select
          id={id}
          value={level}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {DEMAND_LEVELS.map((step) => (
            <option key={step} value={step}>
              {steps[step]}
            </option>
          ))}
        </select>
        <DemandBar level={level} />
      </div>
      {/* A phone's closed select cuts long steps short: the chosen step in full, for the eye (the select says it). */}
      <p className="demand-scale__chosen" aria-hidden="true">
        {steps[level]}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The level as four segments, for the eye only: the text beside it says the same. */
export function DemandBar({ level }: { level: number }) {
  return (
    <span className="demand-bar" aria-hidden="true">
      {[1, 2, 3, 4].map((step) => (
        <span key={step} className={step <= level ? 'demand-bar__step demand-bar__step--on' : 'demand-bar__step'} />
      ))}
    </span>
  );
}
