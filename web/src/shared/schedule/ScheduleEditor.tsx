import '../forms.css';
import { useTranslation } from 'react-i18next';
import { clockTime, hours, weekdayName } from '../format';
import { nextWindow, TIMES_OF_DAY, totalMinutes, WEEK, windowProblems, type ScheduleWindow } from './schedule';
import { FieldNotes, notesDescribedBy } from '../FieldNotes';
import { focusWhenDrawn } from '../focus';

interface ScheduleEditorProps {
  id: string;
  legend: string;
  hint?: string;
  value: readonly ScheduleWindow[];
  onChange: (next: ScheduleWindow[]) => void;
  /** Problems the API found, already in the reader's language, by window index. */
  windowErrors?: Readonly<Record<number, string>>;
  /** A problem with the schedule as a whole (e.g. none given). */
  error?: string;
  /** What the editor says when no time is given yet (the job's wording by default). */
  emptyText?: string;
}

/** "24:00" is the end of a day; Intl would write it as the next day's midnight. */
function timeLabel(time: string, language: string): string {
  return time === '24:00' ? clockTime('00:00', language).replace(/^0?0/, '24') : clockTime(time, language);
}

/**
 * A week's time windows on the 15-minute grid, one row per window with native selects (so the keyboard and every
 * screen reader work), the week's total hours, and each window's problem beside it.
 */
export function ScheduleEditor({
  id,
  legend,
  hint,
  value,
  onChange,
  windowErrors = {},
  error,
  emptyText,
}: ScheduleEditorProps) {
  const { t, i18n } = useTranslation('shared');
  const language = i18n.language;
  const problems = windowProblems(value);
  const total = totalMinutes(value) / 60;

  const change = (index: number, patch: Partial<ScheduleWindow>) =>
    onChange(value.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  const add = () => {
    onChange([...value, nextWindow(value)]);
    focusWhenDrawn(`${id}-${value.length}-day`);
  };
  const remove = (index: number) => {
    onChange(value.filter((_, i) => i !== index));
    focusWhenDrawn(`${id}-add`);
  };

  const describedBy = notesDescribedBy(id, { hint, error }, `${id}-total`);
  return (
    <fieldset className="schedule" id={id} aria-describedby={describedBy}>
      <legend className="schedule__legend">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {value.length === 0 && <p>{emptyText ?? t('schedule.empty')}</p>}
      <ol className="schedule__rows">
        {value.map((window, index) => {
          const rowId = `${id}-${index}`;
          const message = windowErrors[index] ?? (problems[index] ? t(`schedule.problem.${problems[index]}`) : null);
          const invalid = message ? true : undefined;
          const errorId = message ? `${rowId}-error` : undefined;
          return (
            <li key={index} className="schedule__row">
              <div role="group" aria-label={t('schedule.window', { n: index + 1 })} className="schedule__fields">
                <div className="schedule__field">
                  <label htmlFor={`${rowId}-day`}>{t('schedule.day')}</label>
                  <select
                    id={`${rowId}-day`}
                    value={window.day}
                    onChange={(event) => change(index, { day: event.target.value as ScheduleWindow['day'] })}
                  >
                    {WEEK.map((day) => (
                      <option key={day} value={day}>
                        {weekdayName(day, language)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="schedule__field">
                  <label htmlFor={`${rowId}-start`}>{t('schedule.start')}</label>
                  <select
                    id={`${rowId}-start`}
                    value={window.start}
                    aria-invalid={invalid}
                    aria-describedby={errorId}
                    onChange={(event) => change(index, { start: event.target.value })}
                  >
                    {TIMES_OF_DAY.slice(0, -1).map((time) => (
                      <option key={time} value={time}>
                        {timeLabel(time, language)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="schedule__field">
                  <label htmlFor={`${rowId}-end`}>{t('schedule.end')}</label>
                  <select
                    id={`${rowId}-end`}
                    value={window.end}
                    aria-invalid={invalid}
                    aria-describedby={errorId}
                    onChange={(event) => change(index, { end: event.target.value })}
                  >
                    {TIMES_OF_DAY.slice(1).map((time) => (
                      <option key={time} value={time}>
                        {timeLabel(time, language)}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="button" className="text-button" onClick={() => remove(index)}>
                  {t('schedule.remove', { n: index + 1 })}
                </button>
              </div>
              {message && (
                <p id={errorId} className="field-error">
                  {message}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${id}-add`} className="secondary-button" onClick={add}>
        {t('schedule.add')}
      </button>
      <p id={`${id}-total`} className="schedule__total" aria-live="polite">
        {t('schedule.total', { count: total, hours: hours(total, language) })}
      </p>
    </fieldset>
  );
}
