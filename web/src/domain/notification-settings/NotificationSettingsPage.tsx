import '../../shared/forms.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, LoadingSpinner, Notification } from 'hds-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MyNotificationSettingsDocument, UpdateNotificationSettingsDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { LoadFailed } from '../../shared/errors/LoadFailed';
import { problemMessage } from '../../shared/errors/messages';
import { usePageTitle } from '../../shared/usePageTitle';
import { focusWhenDrawn } from '../../shared/focus';

type Setting = 'proposals' | 'introductions' | 'offerAnswers' | 'reminders';
type Settings = Record<Setting, boolean>;

/** The mails each role can get: employers hear of proposals, coordinators of introductions and offer answers. */
const SETTINGS_OF: Record<'EMPLOYER' | 'COORDINATOR', Setting[]> = {
  EMPLOYER: ['proposals', 'reminders'],
  COORDINATOR: ['introductions', 'offerAnswers', 'reminders'],
};

/** Which mails the signed-in employer or coordinator gets; each kind can be turned off. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyNotificationSettingsDocument, { fetchPolicy: 'network-only' });
  const [update, { loading: saving }] = useMutation(UpdateNotificationSettingsDocument);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('settings.title'));

  useEffect(() => {
    const loaded = data?.me.notificationSettings;
    if (loaded && !settings) {
      setSettings({
        proposals: loaded.proposals,
        introductions: loaded.introductions,
        offerAnswers: loaded.offerAnswers,
        reminders: loaded.reminders,
      });
    }
  }, [data, settings]);

  if (error) return <LoadFailed error={error} />;
  if (loading || !data || !settings) {
    return (
      <div className="page page--centered">
        <LoadingSpinner loadingText={t('app.loading')} />
      </div>
    );
  }
  const role = data.me.role === 'COORDINATOR' ? 'COORDINATOR' : 'EMPLOYER';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    try {
      const input: Partial<Settings> = {};
      for (const key of SETTINGS_OF[role]) input[key] = settings[key];
      await update({ variables: { input } });
      setSaved(true);
    } catch (failed) {
      setFailure(problemMessage(t, apiProblemOf(failed)));
    }
    focusWhenDrawn(statusRef);
  };

  return (
    <div className="page page--narrow">
      <h1>{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      <div ref={statusRef} tabIndex={-1}>
        {saved && (
          <Notification type="success" label={t('settings.saved')} notificationAriaLabel={t('app.notification')} />
        )}
        {failure && (
          <Notification type="error" label={t('settings.failed')} notificationAriaLabel={t('app.notification')}>
            {failure}
          </Notification>
        )}
      </div>
      <form onSubmit={(event) => void submit(event)} className="form">
        <fieldset className="settings">
          <legend className="settings__legend">{t('settings.legend')}</legend>
          {SETTINGS_OF[role].map((key) => (
            <Checkbox
              key={key}
              id={`setting-${key}`}
              label={t(`settings.${role === 'EMPLOYER' ? 'employer' : 'coordinator'}.${key}`)}
              checked={settings[key]}
              onChange={(event) => {
                setSaved(false);
                setSettings({ ...settings, [key]: event.target.checked });
              }}
            />
          ))}
        </fieldset>
        <Button type="submit" disabled={saving}>
          {t('settings.save')}
        </Button>
      </form>
    </div>
  );
}
