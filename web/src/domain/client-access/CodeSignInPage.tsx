import { useMutation } from '@apollo/client/react';
import { Button, Notification, TextInput } from 'hds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useSession } from '../../app/session/SessionProvider';
import { LoginWithAccessCodeDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { usePageTitle } from '../../shared/usePageTitle';
import { codeProblem, normaliseAccessCode } from './access-code';
import { fieldProblem } from '../../shared/errors/field-problem';
import { focusWhenDrawn } from '../../shared/focus';

/** The client signs in with the one-time code from their coordinator. */
export function CodeSignInPage() {
  const { t } = useTranslation('client');
  const session = useSession();
  const navigate = useNavigate();
  const [signIn, { loading }] = useMutation(LoginWithAccessCodeDocument);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('signIn.title'));

  if (session.user?.role === 'CLIENT') return <Navigate to="/client" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problem = codeProblem(code);
    if (problem) {
      setFieldError(t(`signIn.problem.${problem}`));
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    try {
      await signIn({ variables: { code: normaliseAccessCode(code) } });
      await session.refresh();
      await navigate('/client', { replace: true });
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure), 'accessCode'));
      focusWhenDrawn(errorRef);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {error && (
        <div ref={errorRef} tabIndex={-1}>
          <Notification type="error" label={t('signIn.failed')} notificationAriaLabel={t('common:app.notification')}>
            {error}
          </Notification>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <TextInput
          ref={inputRef}
          id="access-code"
          label={t('signIn.code')}
          helperText={t('signIn.help')}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          {...fieldProblem(fieldError)}
          className="code-input"
        />
        <Button type="submit" disabled={loading}>
          {t('signIn.submit')}
        </Button>
      </form>
    </div>
  );
}
