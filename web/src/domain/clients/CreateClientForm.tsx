import { useMutation } from '@apollo/client/react';
import { Button, Notification, RadioButton, SelectionGroup, TextInput } from 'hds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateClientDocument, type Language } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { fieldMessages, problemMessage } from '../../shared/errors/messages';
import { fieldProblem } from '../../shared/errors/field-problem';
import { focusWhenDrawn } from '../../shared/focus';

const LANGUAGES: Language[] = ['FI', 'SV', 'EN'];

/** A new client: name, contact and language; the coordinator goes on to the client's page. */
export function CreateClientForm() {
  const { t } = useTranslation('coordinator');
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateClientDocument, { refetchQueries: ['CoordinatorClients'] });
  const [displayName, setDisplayName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [language, setLanguage] = useState<Language>('FI');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!displayName.trim()) {
      setFields({ displayName: t('newClient.nameMissing') });
      nameRef.current?.focus();
      return;
    }
    setFields({});
    try {
      const result = await create({
        variables: {
          input: {
            displayName: displayName.trim(),
            contactEmail: contactEmail.trim() || null,
            preferredLanguage: language,
          },
        },
      });
      if (result.data) await navigate(`/coordinator/clients/${result.data.createClient.id}`);
    } catch (failure) {
      const problem = apiProblemOf(failure);
      setFields(fieldMessages(t, problem));
      setError(problemMessage(t, problem));
      focusWhenDrawn(errorRef);
    }
  };

  return (
    <section aria-labelledby="new-client" className="panel">
      <h2 id="new-client">{t('newClient.title')}</h2>
      {error && (
        <div ref={errorRef} tabIndex={-1}>
          <Notification type="error" label={t('newClient.failed')} notificationAriaLabel={t('common:app.notification')}>
            {error}
          </Notification>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <TextInput
          ref={nameRef}
          id="new-client-name"
          label={t('newClient.name')}
          required
          autoComplete="off"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          {...fieldProblem(fields.displayName)}
        />
        <TextInput
          id="new-client-email"
          type="email"
          label={t('newClient.email')}
          helperText={t('newClient.emailHelp')}
          autoComplete="off"
          value={contactEmail}
          onChange={(event) => setContactEmail(event.target.value)}
          {...fieldProblem(fields.contactEmail)}
        />
        <SelectionGroup label={t('newClient.language')} direction="horizontal">
          {LANGUAGES.map((code) => (
            <RadioButton
              key={code}
              id={`new-client-language-${code}`}
              name="new-client-language"
              label={t(`language.${code}`)}
              value={code}
              checked={language === code}
              onChange={() => setLanguage(code)}
            />
          ))}
        </SelectionGroup>
        <Button type="submit" disabled={loading}>
          {t('newClient.submit')}
        </Button>
      </form>
    </section>
  );
}
