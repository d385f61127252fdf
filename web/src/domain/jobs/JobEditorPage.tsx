import '../../shared/forms.css';
import './jobs.css';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner, Notification, TextInput } from 'hds-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useSession } from '../../app/session/SessionProvider';
import {
  CloseJobDocument,
  CreateJobDocument,
  EditJobDocument,
  PublishJobDocument,
  TaskTypesDocument,
  UpdateJobDocument,
  type JobFieldsFragment,
} from '../../generated/graphql';
import { AccommodationPicker } from '../../shared/accommodations/AccommodationPicker';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { isNotFound, LoadFailed } from '../../shared/errors/LoadFailed';
import { problemMessage } from '../../shared/errors/messages';
import { MunicipalityPicker } from '../../shared/municipality/MunicipalityPicker';
import { ScheduleEditor } from '../../shared/schedule/ScheduleEditor';
import { windowProblems } from '../../shared/schedule/schedule';
import { usePageTitle } from '../../shared/usePageTitle';
import { TaskCard } from './components/TaskCard';
import {
  emptyJobForm,
  formOfJob,
  formPath,
  inputOf,
  localProblems,
  newTaskKey,
  scheduleErrors,
  type JobForm,
} from './job-form';
import { fieldProblem } from '../../shared/errors/field-problem';
import { EditorProblems } from '../../shared/editor/EditorProblems';
import { useEditorProblems } from '../../shared/editor/useEditorProblems';
import { focusWhenDrawn } from '../../shared/focus';

type Notice = 'saved' | 'published' | 'closedFilled' | 'closedUnfilled' | null;

/**
 * What a new job's editor hands to the editor of the job it created (the page moves to the job's own address,
 * and a new editor takes over): what to say there, so that nothing the employer should read is lost.
 */
interface Handover {
  notice?: Notice;
  failure?: string | null;
  errors?: Record<string, string>;
}

/** One page for a job: create, edit (a published job is re-scored), publish and close. */
export function JobEditorPage() {
  const { id } = useParams();
  const { user } = useSession();
  const { data, loading, error } = useQuery(EditJobDocument, { variables: { id: id ?? '' }, skip: !id });
  if (id && loading && !data) return <Loading />;
  if (id && error && !isNotFound(error) && !data?.job) return <LoadFailed error={error} />;
  // Employers may read each other's published jobs through the API, but these pages are for their own only.
  if (id && (!data?.job || data.job.organisation.id !== user?.organisation?.id)) return <NotFoundPage />;
  return <JobEditor key={data?.job?.id ?? 'new'} job={data?.job ?? null} />;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <div className="page page--centered">
      <LoadingSpinner loadingText={t('app.loading')} />
    </div>
  );
}

function JobEditor({ job: loaded }: { job: JobFieldsFragment | null }) {
  const { t } = useTranslation('employer');
  const navigate = useNavigate();
  const location = useLocation();
  const [handover] = useState(() => (location.state as Handover | null) ?? {});
  const client = useApolloClient();
  const [job, setJob] = useState(loaded);
  const [form, setForm] = useState<JobForm>(() => (loaded ? formOfJob(loaded) : emptyJobForm()));
  const { errors, setErrors, failure, setFailure, stale, setStale, messageFor, byField, showProblem } =
    useEditorProblems({
      t,
      prefix: 'editor',
      pathOf: formPath,
      nameOf: (path) => path.replace(/\[\d+\]/g, '').replace(/^tasks\./, 'task.'),
      context: 'jobEditor',
      initial: handover,
    });
  const [notice, setNotice] = useState<Notice>(handover.notice ?? null);
  // Said once: a reload of the page does not say it again.
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { data: types } = useQuery(TaskTypesDocument);
  const [createJob, { loading: creating }] = useMutation(CreateJobDocument);
  const [updateJob, { loading: updating }] = useMutation(UpdateJobDocument);
  const [publishJob, { loading: publishing }] = useMutation(PublishJobDocument);
  const [closeJob, { loading: closing }] = useMutation(CloseJobDocument);
  const busy = creating || updating || publishing || closing;
  const title = job ? t('editor.editTitle', { title: job.title }) : t('editor.newTitle');
  usePageTitle(title);

  useEffect(() => {
    if (failure || stale || Object.keys(errors).length > 0 || notice) focusWhenDrawn(summaryRef);
  }, [failure, stale, errors, notice]);

  const set = <K extends keyof JobForm>(key: K, value: JobForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  /** Saves what is typed; returns the saved job, or null when the API refused it (the problems are shown). */
  const save = async (expectedVersion = job?.version): Promise<JobFieldsFragment | null> => {
    setFailure(null);
    setStale(false);
    setNotice(null);
    // Everything the page can see is wrong is said at once; the API finds the rest (limits, hours against times).
    const found: Record<string, string> = Object.fromEntries(
      Object.entries(localProblems(form)).map(([field, reason]) => [field, messageFor(field, reason)]),
    );
    if (windowProblems(form.schedule).some(Boolean)) found.schedule ??= t('editor.scheduleProblems');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return null;
    }
    setErrors({});
    try {
      const input = inputOf(form);
      const saved = job
        ? (await updateJob({ variables: { id: job.id, expectedVersion, input } })).data?.updateJob
        : (await createJob({ variables: { input } })).data?.createJob;
      if (!saved) return null;
      setJob(saved);
      return saved;
    } catch (error) {
      showProblem(apiProblemOf(error));
      return null;
    }
  };

  /** A new job moves to its own address once created; its editor there says what this one would have. */
  const handOver = async (saved: JobFieldsFragment, state: Handover) =>
    navigate(`/employer/jobs/${saved.id}`, { replace: true, state });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save();
    if (!saved) return;
    if (!job) await handOver(saved, { notice: 'saved' });
    else setNotice('saved');
  };

  const publish = async () => {
    const saved = await save();
    if (!saved) return;
    try {
      const published = (await publishJob({ variables: { id: saved.id } })).data?.publishJob;
      if (!job) return void (await handOver(saved, { notice: 'published' }));
      if (published) setJob(published);
      setNotice('published');
    } catch (error) {
      const problem = apiProblemOf(error);
      if (!job) {
        await handOver(saved, {
          errors: byField(problem),
          failure: problem.fields.length ? null : problemMessage(t, problem, 'jobEditor'),
        });
      } else showProblem(problem);
    }
  };

  const close = async (filled: boolean) => {
    if (!job) return;
    setFailure(null);
    try {
      const closed = (await closeJob({ variables: { id: job.id, filled } })).data?.closeJob;
      if (closed) setJob(closed);
      setNotice(filled ? 'closedFilled' : 'closedUnfilled');
    } catch (error) {
      showProblem(apiProblemOf(error));
    }
  };

  /** The stale-version conflict: load what the other person saved (dropping what was typed here). */
  const reload = async () => {
    if (!job) return;
    const fresh = await client.query({
      query: EditJobDocument,
      variables: { id: job.id },
      fetchPolicy: 'network-only',
    });
    if (fresh.data?.job) {
      setJob(fresh.data.job);
      setForm(formOfJob(fresh.data.job));
    }
    setStale(false);
  };

  /** The stale-version conflict: keep what was typed here and save it over the newer version. */
  const overwrite = async () => {
    if (!job) return;
    const fresh = await client.query({
      query: EditJobDocument,
      variables: { id: job.id },
      fetchPolicy: 'network-only',
    });
    const saved = await save(fresh.data?.job?.version);
    if (saved) setNotice('saved');
  };

  const editable = !job || job.status === 'DRAFT' || job.status === 'PUBLISHED';
  const fieldError = (path: string) => errors[path];
  const invalid = (path: string) => (errors[path] ? true : undefined);
  return (
    <div className="page">
      <p>
        <Link to="/employer">{t('editor.back')}</Link>
      </p>
      <h1>{title}</h1>
      {job && <p className="status job-status">{t(`jobs.status.${job.status}`)}</p>}
      <div ref={summaryRef} tabIndex={-1} aria-live="polite">
        <EditorProblems
          t={t}
          prefix="editor"
          stale={stale}
          onReload={() => void reload()}
          onOverwrite={() => void overwrite()}
          failure={failure}
          errors={errors}
          fieldName={(path) => fieldName(t, path)}
          anchorOf={anchorOf}
        />
        {notice && (
          <Notification
            type="success"
            label={t(`editor.notice.${notice}`)}
            notificationAriaLabel={t('common:app.notification')}
          >
            {notice === 'saved' && job?.status === 'PUBLISHED'
              ? t('editor.notice.rescored')
              : t(`editor.notice.${notice}Body`)}
            {job && job.status !== 'DRAFT' && (
              <p>
                <Link to={`/employer/jobs/${job.id}/candidates`}>{t('jobs.candidatesLink')}</Link>
              </p>
            )}
          </Notification>
        )}
      </div>
      {job?.status === 'PUBLISHED' && <p className="note">{t('editor.publishedNote')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate className="form job-form">
        <fieldset disabled={!editable || busy} className="editor-form__fieldset">
          <section aria-labelledby="editor-basics">
            <h2 id="editor-basics">{t('editor.basics')}</h2>
            <TextInput
              id="job-title"
              label={t('editor.title')}
              required
              value={form.title}
              onChange={(event) => set('title', event.target.value)}
              {...fieldProblem(fieldError('title'))}
            />
            <div className="field">
              <label htmlFor="job-description">{t('editor.description')}</label>
              <p id="job-description-hint" className="field-hint">
                {t('editor.descriptionHint')}
              </p>
              <textarea
                id="job-description"
                className="text-field text-area"
                rows={5}
                value={form.description}
                aria-invalid={invalid('description')}
                aria-describedby={['job-description-hint', fieldError('description') && 'job-description-error']
                  .filter(Boolean)
                  .join(' ')}
                onChange={(event) => set('description', event.target.value)}
              />
              {fieldError('description') && (
                <p id="job-description-error" className="field-error">
                  {fieldError('description')}
                </p>
              )}
            </div>
          </section>
          <section aria-labelledby="editor-place">
            <h2 id="editor-place">{t('editor.place')}</h2>
            <MunicipalityPicker
              id="job-municipalityCode"
              label={t('editor.municipality')}
              required
              value={form.municipalityCode}
              onChange={(code) => set('municipalityCode', code)}
              error={fieldError('municipalityCode')}
            />
            <div className="check">
              <input
                id="job-remote"
                type="checkbox"
                checked={form.remotePossible}
                onChange={(event) => set('remotePossible', event.target.checked)}
              />
              <label htmlFor="job-remote">{t('editor.remote')}</label>
            </div>
          </section>
          <section aria-labelledby="editor-hours">
            <h2 id="editor-hours">{t('editor.hoursAndPay')}</h2>
            <div className="field-row">
              {(['hoursPerWeekMin', 'hoursPerWeekMax', 'positions', 'hourlyWage'] as const).map((field) => (
                <TextInput
                  key={field}
                  id={`job-${field}`}
                  label={t(`editor.${field}`)}
                  helperText={field === 'hourlyWage' ? t('editor.hourlyWageHint') : undefined}
                  inputMode="decimal"
                  required={field === 'hoursPerWeekMin' || field === 'hoursPerWeekMax'}
                  value={form[field]}
                  onChange={(event) => set(field, event.target.value)}
                  {...fieldProblem(fieldError(field))}
                />
              ))}
            </div>
          </section>
          <section aria-labelledby="editor-schedule">
            <h2 id="editor-schedule">{t('editor.schedule')}</h2>
            <ScheduleEditor
              id="job-schedule"
              legend={t('editor.scheduleLegend')}
              hint={t('editor.scheduleHint')}
              value={form.schedule}
              onChange={(schedule) => set('schedule', schedule)}
              windowErrors={scheduleErrors(errors)}
              error={fieldError('schedule')}
            />
          </section>
          <section aria-labelledby="editor-tasks">
            <h2 id="editor-tasks">{t('editor.tasks')}</h2>
            <p>{t('editor.tasksIntro')}</p>
            {fieldError('tasks') && (
              <p id="job-tasks-error" className="field-error">
                {fieldError('tasks')}
              </p>
            )}
            <ol className="task-list">
              {form.tasks.map((task, index) => (
                <TaskCard
                  key={task.key}
                  index={index}
                  task={task}
                  taskTypes={types?.taskTypes ?? []}
                  errors={errors}
                  onChange={(next) =>
                    set(
                      'tasks',
                      form.tasks.map((existing, i) => (i === index ? next : existing)),
                    )
                  }
                  onRemove={() => {
                    set(
                      'tasks',
                      form.tasks.filter((_, i) => i !== index),
                    );
                    focusWhenDrawn('job-add-task');
                  }}
                />
              ))}
            </ol>
            <button
              type="button"
              id="job-add-task"
              className="secondary-button"
              aria-describedby={fieldError('tasks') ? 'job-tasks-error' : undefined}
              onClick={() => {
                set('tasks', [
                  ...form.tasks,
                  { key: newTaskKey(), taskTypeCode: '', description: '', modifiable: false, demands: [] },
                ]);
                focusWhenDrawn(`task-${form.tasks.length}-type-search`);
              }}
            >
              {t('editor.addTask')}
            </button>
          </section>
          <section aria-labelledby="editor-accommodations">
            <h2 id="editor-accommodations">{t('editor.accommodations')}</h2>
            <AccommodationPicker
              id="job-accommodations"
              legend={t('editor.accommodationsLegend')}
              hint={t('editor.accommodationsHint')}
              value={form.accommodationCodes}
              onChange={(codes) => set('accommodationCodes', codes)}
              error={fieldError('accommodationCodes')}
            />
          </section>
          <div className="actions">
            <Button type="submit">{job ? t('editor.save') : t('editor.saveDraft')}</Button>
            {(!job || job.status === 'DRAFT') && (
              <Button variant={ButtonVariant.Secondary} onClick={() => void publish()}>
                {t('editor.publish')}
              </Button>
            )}
          </div>
        </fieldset>
      </form>
      {job?.status === 'PUBLISHED' && (
        <section aria-labelledby="editor-close" className="close-job">
          <h2 id="editor-close">{t('editor.closeTitle')}</h2>
          <p>{t('editor.closeBody')}</p>
          <div className="actions">
            <Button variant={ButtonVariant.Secondary} disabled={busy} onClick={() => void close(true)}>
              {t('editor.closeFilled')}
            </Button>
            <Button variant={ButtonVariant.Secondary} disabled={busy} onClick={() => void close(false)}>
              {t('editor.closeUnfilled')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

/** The id of the element that shows a field's problem, for the summary's links. */
function anchorOf(path: string): string {
  const task = /^tasks\[(\d+)\]\.(\w+)/.exec(path);
  if (task)
    return `task-${task[1]}-${task[2] === 'taskTypeCode' ? 'type' : task[2] === 'description' ? 'description' : 'type'}`;
  const window = /^schedule\[(\d+)\]/.exec(path);
  if (window) return `job-schedule-${window[1]}-start`;
  if (path === 'schedule') return 'job-schedule-add';
  if (path === 'accommodationCodes' || path.startsWith('accommodationCodes[')) return 'job-accommodations';
  if (path === 'tasks') return 'job-add-task';
  return `job-${path}`;
}

/** The field's name as the page shows it, for the summary. */
function fieldName(t: (key: string | string[], options?: Record<string, unknown>) => string, path: string): string {
  const task = /^tasks\[(\d+)\]/.exec(path);
  if (task) return t('editor.task.heading', { n: Number(task[1]) + 1 });
  const window = /^schedule\[(\d+)\]/.exec(path);
  if (window) return t('shared:schedule.window', { n: Number(window[1]) + 1 });
  const base = path.replace(/\[\d+\].*$/, '');
  return t([`editor.${base}`, 'editor.field']);
}
