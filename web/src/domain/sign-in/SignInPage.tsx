import { useMutation } from '@apollo/client/react';
import { Button, Notification, PasswordInput, TextInput } from 'hds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { HOME_OF } from '../../app/navigation';
import { useSession } from '../../app/session/SessionProvider';
import { LoginDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { fieldProblem } from '../../shared/errors/field-problem';
import { problemMessage } from '../../shared/errors/messages';
import { usePageTitle } from '../../shared/usePageTitle';
import { focusWhenDrawn } from '../../shared/focus';

/** Sign-in with email and password, for employers and coordinators (and administrators). */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The fields left empty at the last try: said at the field, and nothing is sent.
  const [missing, setMissing] = useState<{ email: boolean; password: boolean }>({ email: false, password: false });
  const errorRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('signIn.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const empty = { email: email.trim() === '', password: password === '' };
    setMissing(empty);
    if (empty.email || empty.password) {
      document.getElementById(empty.email ? 'sign-in-email' : 'sign-in-password')?.focus();
      return;
    }
    try {
      await login({ variables: { email: email.trim(), password } });
      const user = await session.refresh();
      const from = (location.state as { from?: string } | null)?.from;
      await navigate(from ?? (user ? HOME_OF[user.role] : '/'), { replace: true });
    } catch (failure) {
      setError(problemMessage(t, apiProblemOf(failure), 'signIn'));
      focusWhenDrawn(errorRef);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('signIn.title')}</h1>
      {error && (
        <div ref={errorRef} tabIndex={-1}>
          <Notification type="error" label={t('signIn.failed')} notificationAriaLabel={t('app.notification')}>
            {error}
          </Notification>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <TextInput
          id="sign-in-email"
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          {...fieldProblem(missing.email ? t('signIn.emailRequired') : undefined)}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <PasswordInput
          id="sign-in-password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          {...fieldProblem(missing.password ? t('signIn.passwordRequired') : undefined)}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          revealPasswordButtonAriaLabel={t('signIn.showPassword')}
          concealPasswordButtonAriaLabel={t('signIn.hidePassword')}
        />
        <Button type="submit" disabled={loading}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
    </div>
  );
}
