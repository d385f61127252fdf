import '../../shared/forms.css';
import './profiles.css';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonVariant, LoadingSpinner, Notification, TextInput } from 'hds-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { forgetTyping, keepTyping, keptTyping } from '../../app/session/kept-typing';
import { useSession } from '../../app/session/SessionProvider';
import {
  CreateProfileDocument,
  EditProfileDocument,
  ProfileClientDocument,
  SetProfileStatusDocument,
  TaskTypesDocument,
  UpdateProfileDocument,
  type ProfileClientQuery,
  type ProfileFieldsFragment,
  type ProfileStatus,
} from '../../generated/graphql';
import { AccommodationPicker } from '../../shared/accommodations/AccommodationPicker';
import { accommodationLabel } from '../../shared/accommodations/accommodations';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { isNotFound, LoadFailed } from '../../shared/errors/LoadFailed';
import { MunicipalityPicker } from '../../shared/municipality/MunicipalityPicker';
import { ScheduleEditor } from '../../shared/schedule/ScheduleEditor';
import { usePageTitle } from '../../shared/usePageTitle';
import { AbilitiesField } from './components/AbilitiesField';
import { LanguagesField } from './components/LanguagesField';
import { LimitsField } from './components/LimitsField';
import { SummaryField } from './components/SummaryField';
import { summaryWarnings } from './privacy';
import {
  anchorOf,
  emptyProfileForm,
  formOfProfile,
  formPath,
  inputOf,
  localProblems,
  missingOfForm,
  sameForm,
  withAbility,
  withLimit,
  withNeeds,
  type ProfileForm,
} from './profile-form';
import { allowedMoves, editable } from './profile-status';
import { EditorProblems } from '../../shared/editor/EditorProblems';
import { useEditorProblems } from '../../shared/editor/useEditorProblems';
import { focusWhenDrawn } from '../../shared/focus';

type Client = NonNullable<ProfileClientQuery['client']>;
type Notice = 'created' | 'saved' | 'moved' | null;

/** What the editor keeps of unsaved typing when its session ends or the page is left (kept-typing.ts). */
interface Kept {
  form: ProfileForm;
  /** The version the typing started from: saving it later still notices someone else's save in between. */
  version: number | null;
}

/** The capacity profile of one client: create it, edit it (saved as a draft at any time) and move its status. */
export function ProfileEditorPage() {
  const { clientId = '', profileId } = useParams();
  const { user } = useSession();
  const client = useQuery(ProfileClientDocument, { variables: { id: clientId } });
  const profile = useQuery(EditProfileDocument, { variables: { id: profileId ?? '' }, skip: !profileId });
  const loading = (client.loading && !client.data) || (Boolean(profileId) && profile.loading && !profile.data);
  if (loading) return <Loading />;
  for (const { error, data } of [client, profile]) {
    if (error && !isNotFound(error) && !data) return <LoadFailed error={error} />;
  }
  const found = client.data?.client;
  const loaded = profile.data?.profile ?? null;
  // Another provider's client or profile, or a profile of another client under this one's address: not found.
  if (!found || !user || (profileId && (!loaded || loaded.client.id !== found.id))) return <NotFoundPage />;
  return <ProfileEditor key={loaded?.id ?? 'new'} client={found} loaded={loaded} userId={user.id} />;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <div className="page page--centered">
      <LoadingSpinner loadingText={t('app.loading')} />
    </div>
  );
}

interface EditorProps {
  client: Client;
  loaded: ProfileFieldsFragment | null;
  userId: string;
}

function ProfileEditor({ client, loaded, userId }: EditorProps) {
  const { t, i18n } = useTranslation('coordinator');
  const navigate = useNavigate();
  const location = useLocation();
  const apollo = useApolloClient();
  const keepKey = loaded ? `profile:${loaded.id}` : `profile:new:${client.id}`;
  const [kept] = useState(() => keptTyping<Kept>(keepKey, userId));
  const [profile, setProfile] = useState(loaded);
  const [saved, setSaved] = useState<ProfileForm>(() => (loaded ? formOfProfile(loaded) : emptyProfileForm()));
  const [form, setForm] = useState<ProfileForm>(() => kept?.form ?? saved);
  const [baseVersion, setBaseVersion] = useState<number | null>(kept ? kept.version : (loaded?.version ?? null));
  const [restored, setRestored] = useState(Boolean(kept));
  const { errors, setErrors, failure, setFailure, stale, setStale, messageFor, showProblem } = useEditorProblems({
    t,
    prefix: 'profileEditor',
    pathOf: formPath,
    nameOf: (path) => path.replace(/\[\d+\].*$/, ''),
    own: (reason, kind) => (reason === 'IDENTIFYING_TEXT' && kind ? t(`profileEditor.privacy.${kind}`) : undefined),
  });
  const [notice, setNotice] = useState<Notice>(() => (location.state as { notice?: Notice } | null)?.notice ?? null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { data: types } = useQuery(TaskTypesDocument);
  const [createProfile, { loading: creating }] = useMutation(CreateProfileDocument);
  const [updateProfile, { loading: updating }] = useMutation(UpdateProfileDocument);
  const [setStatus, { loading: moving }] = useMutation(SetProfileStatusDocument);
  const busy = creating || updating || moving;
  const dirty = !sameForm(form, saved);
  const title = profile ? t('profileEditor.editTitle', { pseudonym: profile.pseudonym }) : t('profileEditor.newTitle');
  usePageTitle(title);

  // Said once: a reload of the page does not say it again.
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  // Unsaved typing is kept in memory at every change, so that a session's end (or leaving) loses none of it.
  useEffect(() => {
    if (dirty) keepTyping(keepKey, userId, { form, version: baseVersion } satisfies Kept);
    else forgetTyping(keepKey);
  }, [dirty, form, baseVersion, keepKey, userId]);

  useEffect(() => {
    if (failure || stale || Object.keys(errors).length > 0 || notice || restored) focusWhenDrawn(summaryRef);
  }, [failure, stale, errors, notice, restored]);

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  /** The page's state once the API answered with the profile as saved. */
  const took = (next: ProfileFieldsFragment) => {
    const nextForm = formOfProfile(next);
    setProfile(next);
    setSaved(nextForm);
    setForm(nextForm);
    setBaseVersion(next.version);
    setRestored(false);
  };

  /** Saves what is typed; returns the saved profile, or null when it could not be saved (the problems are shown). */
  const save = async (expectedVersion = baseVersion): Promise<ProfileFieldsFragment | null> => {
    setFailure(null);
    setStale(false);
    setNotice(null);
    // A draft may be saved with anything empty; a profile past DRAFT must stay complete.
    const complete = Boolean(profile && profile.status !== 'DRAFT');
    const found: Record<string, string> = Object.fromEntries(
      Object.entries(localProblems(form, complete)).map(([field, reason]) => [field, messageFor(field, reason)]),
    );
    const warning = summaryWarnings(form.summary, client)[0];
    if (warning) found.summary ??= t(`profileEditor.privacy.${warning}`);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return null;
    }
    setErrors({});
    try {
      const input = inputOf(form);
      if (!profile) {
        const created = (await createProfile({ variables: { clientId: client.id, input } })).data?.createProfile;
        if (!created) return null;
        // The new profile has its own address; its editor there says it was saved.
        forgetTyping(keepKey);
        await navigate(`/coordinator/clients/${client.id}/profiles/${created.id}`, {
          replace: true,
          state: { notice: 'created' },
        });
        return null;
      }
      const next = (await updateProfile({ variables: { id: profile.id, expectedVersion, input } })).data?.updateProfile;
      if (!next) return null;
      took(next);
      return next;
    } catch (error) {
      showProblem(apiProblemOf(error));
      return null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save()) setNotice('saved');
  };

  /** A status move; what is typed and unsaved is saved first, so that the move never drops it. */
  const move = async (status: ProfileStatus) => {
    if (!profile) return;
    // An earlier "saved" or "created" must not read as the outcome of this move.
    setNotice(null);
    setFailure(null);
    setErrors({});
    const current = dirty ? await save() : profile;
    if (!current) return;
    try {
      const next = (await setStatus({ variables: { id: current.id, status } })).data?.setProfileStatus;
      if (!next) return;
      took(next);
      setNotice('moved');
    } catch (error) {
      showProblem(apiProblemOf(error));
    }
  };

  const fresh = async () =>
    (
      await apollo.query({
        query: EditProfileDocument,
        variables: { id: profile?.id ?? '' },
        fetchPolicy: 'network-only',
      })
    ).data?.profile ?? null;

  /** The stale-version conflict: load what the other person saved (what was typed here goes). */
  const reload = async () => {
    const next = await fresh();
    if (next) took(next);
    setStale(false);
  };

  /** The stale-version conflict: keep what was typed here and save it over the newer version. */
  const overwrite = async () => {
    const next = await fresh();
    if (next && (await save(next.version))) setNotice('saved');
  };

  const discard = () => {
    setForm(saved);
    setBaseVersion(profile?.version ?? null);
    setRestored(false);
    setErrors({});
  };

  const canEdit = editable(profile?.status ?? null);
  const isDraft = !profile || profile.status === 'DRAFT';
  // What activation still needs: the saved profile's, as the API counts it; a new one's, from the form.
  const missing = isDraft ? (profile ? profile.missingFields : missingOfForm(form)) : [];
  const moves = profile ? allowedMoves(profile.status) : [];
  const errorList = Object.entries(errors);
  const fieldError = (path: string) => errors[path];
  const invalid = (path: string) => (errors[path] ? true : undefined);
  const availabilityErrors: Record<number, string> = {};
  for (const [path, message] of errorList) {
    const window = /^availability\[(\d+)\]/.exec(path);
    if (window) availabilityErrors[Number(window[1])] ??= message;
  }

  return (
    <div className="page profile-editor">
      <p>
        <Link to={`/coordinator/clients/${client.id}`}>{t('profileEditor.back', { name: client.displayName })}</Link>
      </p>
      <h1>{title}</h1>
      <p className="profile-editor__for">
        {t('profileEditor.for', { name: client.displayName })}
        {profile && (
          <>
            {' · '}
            <span className="status">
              {t('profileEditor.statusNow', { status: t(`profileStatus.${profile.status}`) })}
            </span>
          </>
        )}
      </p>
      <div ref={summaryRef} tabIndex={-1} aria-live="polite" className="profile-editor__notices">
        {restored && (
          <Notification
            type="info"
            label={t('profileEditor.restored.title')}
            notificationAriaLabel={t('common:app.notification')}
          >
            <p>{t('profileEditor.restored.body')}</p>
            <Button variant={ButtonVariant.Secondary} onClick={discard}>
              {t('profileEditor.restored.discard')}
            </Button>
          </Notification>
        )}
        <EditorProblems
          t={t}
          prefix="profileEditor"
          stale={stale}
          onReload={() => void reload()}
          onOverwrite={() => void overwrite()}
          failure={failure}
          errors={errors}
          fieldName={fieldName}
          anchorOf={anchorOf}
        />
        {notice && profile && (
          <Notification
            type="success"
            label={t(`profileEditor.notice.${notice}`, { status: t(`profileStatus.${profile.status}`) })}
            notificationAriaLabel={t('common:app.notification')}
          >
            {t(`profileEditor.notice.body.${profile.status}`)}
          </Notification>
        )}
      </div>

      {missing.length > 0 && (
        <section aria-labelledby="profile-missing-title" className="note profile-missing">
          <h2 id="profile-missing-title">{t('profileEditor.missing.title')}</h2>
          <p>{t('profileEditor.missing.body')}</p>
          <ul>
            {missing.map((field) => (
              <li key={field}>
                <a href={`#${anchorOf(field)}`}>{fieldName(field)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <form onSubmit={(event) => void submit(event)} noValidate className="form profile-form">
        <fieldset disabled={!canEdit || busy} className="editor-form__fieldset">
          <section aria-labelledby="profile-can-do">
            <h2 id="profile-can-do">{t('profileEditor.sections.canDo')}</h2>
            <AbilitiesField
              value={form.abilities}
              taskTypes={types?.taskTypes ?? []}
              errors={errors}
              onAdd={(code) => setForm((current) => withAbility(current, code))}
              onChange={(abilities) => set('abilities', abilities)}
            />
          </section>
          <section aria-labelledby="profile-limits-title">
            <h2 id="profile-limits-title">{t('profileEditor.sections.limits')}</h2>
            <LimitsField
              value={form.limits}
              errors={errors}
              onAdd={(code) => setForm((current) => withLimit(current, code))}
              onChange={(limits) => set('limits', limits)}
            />
          </section>
          <section aria-labelledby="profile-needs-title">
            <h2 id="profile-needs-title">{t('profileEditor.sections.needs')}</h2>
            <AccommodationPicker
              id="profile-needs"
              legend={t('profileEditor.needs.legend')}
              hint={t('profileEditor.needs.hint')}
              value={form.needs.map((n) => n.accommodationCode)}
              onChange={(codes) => set('needs', withNeeds(form.needs, codes))}
              error={fieldError('accommodationNeeds')}
              chosenExtra={(code, inputId) => {
                const need = form.needs.find((n) => n.accommodationCode === code);
                return (
                  <div className="profile-necessity">
                    <label htmlFor={`${inputId}-necessity`}>
                      <span className="visually-hidden">{accommodationLabel(code, i18n.language)}: </span>
                      {t('profileEditor.needs.necessity')}
                    </label>
                    <select
                      id={`${inputId}-necessity`}
                      className="text-field"
                      value={need?.necessity ?? 'REQUIRED'}
                      onChange={(event) =>
                        set(
                          'needs',
                          form.needs.map((n) =>
                            n.accommodationCode === code
                              ? { ...n, necessity: event.target.value === 'PREFERRED' ? 'PREFERRED' : 'REQUIRED' }
                              : n,
                          ),
                        )
                      }
                    >
                      <option value="REQUIRED">{t('profileEditor.needs.REQUIRED')}</option>
                      <option value="PREFERRED">{t('profileEditor.needs.PREFERRED')}</option>
                    </select>
                  </div>
                );
              }}
            />
          </section>
          <section aria-labelledby="profile-time">
            <h2 id="profile-time">{t('profileEditor.sections.time')}</h2>
            <div className="field-row">
              {(['hoursPerWeekMin', 'hoursPerWeekMax'] as const).map((field) => (
                <TextInput
                  key={field}
                  id={`profile-${field}`}
                  label={t(`profileEditor.field.${field}`)}
                  inputMode="decimal"
                  required={!isDraft}
                  value={form[field]}
                  onChange={(event) => set(field, event.target.value)}
                  invalid={Boolean(fieldError(field))}
                  errorText={fieldError(field)}
                  aria-invalid={invalid(field)}
                />
              ))}
            </div>
            <ScheduleEditor
              id="profile-availability"
              legend={t('profileEditor.availability.legend')}
              hint={t('profileEditor.availability.hint')}
              emptyText={t('profileEditor.availability.empty')}
              value={form.availability}
              onChange={(availability) => set('availability', availability)}
              windowErrors={availabilityErrors}
              error={fieldError('availability')}
            />
          </section>
          <section aria-labelledby="profile-place">
            <h2 id="profile-place">{t('profileEditor.sections.place')}</h2>
            <MunicipalityPicker
              id="profile-municipalityCode"
              label={t('profileEditor.field.municipalityCode')}
              required={!isDraft}
              value={form.municipalityCode}
              onChange={(code) => set('municipalityCode', code)}
              error={fieldError('municipalityCode')}
            />
            <TextInput
              id="profile-maxCommuteKm"
              label={t('profileEditor.field.maxCommuteKm')}
              helperText={t('profileEditor.commuteHint')}
              inputMode="decimal"
              value={form.maxCommuteKm}
              onChange={(event) => set('maxCommuteKm', event.target.value)}
              invalid={Boolean(fieldError('maxCommuteKm'))}
              errorText={fieldError('maxCommuteKm')}
              aria-invalid={invalid('maxCommuteKm')}
            />
            <div className="check">
              <input
                id="profile-remoteOnly"
                type="checkbox"
                checked={form.remoteOnly}
                onChange={(event) => set('remoteOnly', event.target.checked)}
              />
              <label htmlFor="profile-remoteOnly">{t('profileEditor.field.remoteOnly')}</label>
            </div>
            <LanguagesField
              value={form.languages}
              error={fieldError('languages')}
              onChange={(languages) => set('languages', languages)}
            />
          </section>
          <section aria-labelledby="profile-summary-title">
            <h2 id="profile-summary-title">{t('profileEditor.sections.summary')}</h2>
            <SummaryField
              value={form.summary}
              identity={client}
              pseudonym={profile?.pseudonym ?? null}
              error={fieldError('summary')}
              onChange={(summary) => set('summary', summary)}
            />
          </section>
          <div className="actions">
            <Button type="submit">
              {!profile || profile.status === 'DRAFT' ? t('profileEditor.saveDraft') : t('profileEditor.save')}
            </Button>
            <p className="profile-editor__unsaved" aria-live="polite">
              {dirty ? t('profileEditor.unsaved') : profile ? t('profileEditor.allSaved') : ''}
            </p>
          </div>
        </fieldset>
      </form>

      {profile && (
        <section aria-labelledby="profile-status-title" className="profile-status">
          <h2 id="profile-status-title">{t('profileEditor.status.title')}</h2>
          <p>
            <strong>{t('profileEditor.statusNow', { status: t(`profileStatus.${profile.status}`) })}</strong>{' '}
            {t(`profileEditor.status.means.${profile.status}`)}
          </p>
          {moves.length === 0 ? (
            <p>{t('profileEditor.status.final')}</p>
          ) : (
            <>
              {dirty && <p className="field-hint">{t('profileEditor.status.savesFirst')}</p>}
              <div className="actions">
                {moves.map((status) => (
                  <Button
                    key={status}
                    variant={status === 'ACTIVE' ? ButtonVariant.Primary : ButtonVariant.Secondary}
                    disabled={busy}
                    onClick={() => void move(status)}
                  >
                    {t(`profileEditor.status.to.${status}`)}
                  </Button>
                ))}
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );

  function fieldName(path: string): string {
    const window = /^availability\[(\d+)\]/.exec(path);
    if (window) return t('shared:schedule.window', { n: Number(window[1]) + 1 });
    const base = path.replace(/\[\d+\].*$/, '');
    return t([`profileEditor.field.${base}`, 'profileEditor.field.other']);
  }
}
