import '../../shared/data-table.css';
import '../../shared/forms.css';
import './results.css';
import { useQuery } from '@apollo/client/react';
import { Button, LoadingSpinner } from 'hds-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlacementResultsDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { date } from '../../shared/format';
import { usePageTitle } from '../../shared/usePageTitle';
import {
  chartScale,
  COUNTS,
  type Period,
  periodRange,
  type ResultRow,
  resultRows,
  resultsCsv,
  thisYear,
} from './results';

/** Placement results over a chosen period, for the service provider and per coordinator: chart, table, CSV. */
export function ResultsPage() {
  const { t, i18n } = useTranslation('coordinator');
  const language = i18n.language;
  const [draft, setDraft] = useState<Period>(() => thisYear(new Date()));
  const [period, setPeriod] = useState<Period>(draft);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const range = periodRange(period);
  const { data, loading, error } = useQuery(PlacementResultsDocument, {
    variables: range ?? {},
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(t('work.results.title'));
  const rows = useMemo(() => (data ? resultRows(data) : []), [data]);
  const nameOf = (row: ResultRow) =>
    row.kind === 'provider'
      ? t('work.results.provider')
      : row.kind === 'unassigned'
        ? t('work.results.unassigned')
        : (row.who ?? '');
  const percent = (value: number) =>
    new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const days = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('work.results.noMedian')
      : t('work.results.days', {
          count: value,
          formatted: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value),
        });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!periodRange(draft)) {
      setPeriodError(t('work.results.periodInvalid'));
      return;
    }
    setPeriodError(null);
    setPeriod(draft);
  };

  const headers = [
    t('work.results.who'),
    ...COUNTS.map((count) => t(`work.results.count.${count}`)),
    t('work.results.rate'),
    t('work.results.median'),
  ];
  const csv = rows.length > 0 ? resultsCsv(rows, headers, nameOf) : '';
  const scale = chartScale(rows);
  const periodText = t('work.results.period', {
    from: date(`${period.from}T12:00:00Z`, language),
    to: date(`${period.to}T12:00:00Z`, language),
  });
  const summary = rows
    .map((row) =>
      t('work.results.rowSummary', {
        who: nameOf(row),
        proposals: row.figures.proposals,
        accepted: row.figures.accepted,
        trials: row.figures.trials,
        hires: row.figures.hires,
      }),
    )
    .join(' ');

  return (
    <div className="page">
      <h1>{t('work.results.title')}</h1>
      <p>{t('work.results.intro')}</p>
      <form className="results-period" onSubmit={apply} noValidate>
        <div className="field">
          <label htmlFor="results-from">{t('work.results.from')}</label>
          <input
            id="results-from"
            type="date"
            className="text-field"
            value={draft.from}
            aria-invalid={periodError ? true : undefined}
            aria-describedby={periodError ? 'results-period-error' : undefined}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="results-to">{t('work.results.to')}</label>
          <input
            id="results-to"
            type="date"
            className="text-field"
            value={draft.to}
            aria-invalid={periodError ? true : undefined}
            aria-describedby={periodError ? 'results-period-error' : undefined}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        <Button type="submit">{t('work.results.show')}</Button>
        {periodError && (
          <p id="results-period-error" className="field-error" role="alert">
            {periodError}
          </p>
        )}
      </form>
      {loading && !data && <LoadingSpinner loadingText={t('common:app.loading')} />}
      {error && (
        <p className="field-error" role="alert">
          {problemMessage(t, apiProblemOf(error))}
        </p>
      )}
      {data && (
        <>
          <h2 id="results-heading">{periodText}</h2>
          <div className="results">
            <figure className="results-chart">
              <figcaption id="results-chart-caption">{t('work.results.chartCaption')}</figcaption>
              <div role="img" aria-labelledby="results-chart-caption" aria-describedby="results-chart-summary">
                {rows.map((row) => (
                  <div key={row.key} className="results-chart__group" aria-hidden="true">
                    <p className="results-chart__who">{nameOf(row)}</p>
                    {COUNTS.map((count) => (
                      <div key={count} className="results-chart__row">
                        <span className="results-chart__label">{t(`work.results.count.${count}`)}</span>
                        <span className="results-chart__bar">
                          <span
                            className={`results-chart__fill results-chart__fill--${count}`}
                            style={{ width: `${(row.figures[count] / scale) * 100}%` }}
                          />
                        </span>
                        <span className="results-chart__number">{row.figures[count]}</span>
                      </div>
                    ))}
                  </div>
                ))}
              </div>
              <p id="results-chart-summary" className="visually-hidden">
                {summary}
              </p>
            </figure>
            {/* On a narrow screen each row is a card, each figure after its column's name: nothing to scroll. */}
            <table className="data-table data-table--stacked results-table">
              <caption id="results-table-caption">{t('work.results.tableCaption', { period: periodText })}</caption>
              <thead>
                <tr>
                  {headers.map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{nameOf(row)}</th>
                    {COUNTS.map((count, i) => (
                      <td key={count} data-label={headers[i + 1]}>
                        {row.figures[count]}
                      </td>
                    ))}
                    <td data-label={headers[COUNTS.length + 1]}>{percent(row.figures.placementRate)}</td>
                    <td data-label={headers[COUNTS.length + 2]}>{days(row.figures.medianDaysToHire)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a
              className="button-link button-link--secondary"
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}
              download={`placement-results-${period.from}-${period.to}.csv`}
            >
              {t('work.results.download')}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
