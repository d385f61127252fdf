import { useMutation } from '@apollo/client/react';
import { Button, Notification, PasswordInput } from 'hds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { HOME_OF } from '../../app/navigation';
import { useSession } from '../../app/session/SessionProvider';
import { AcceptInvitationDocument, ResetPasswordDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { fieldMessage, problemMessage } from '../../shared/errors/messages';
import { usePageTitle } from '../../shared/usePageTitle';
import { fieldProblem } from '../../shared/errors/field-problem';
import { focusWhenDrawn } from '../../shared/focus';

const PASSWORD_MIN_LENGTH = 10;

/**
 * Choosing a password from a mailed link: a new one after "forgot password" (`reset`), or the first one of an
 * invited user (`invitation`). Signs the person in; a reset ends the account's other sessions.
 */
export function SetPasswordPage({ mode }: { mode: 'reset' | 'invitation' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const navigate = useNavigate();
  const [reset, resetState] = useMutation(ResetPasswordDocument);
  const [accept, acceptState] = useMutation(AcceptInvitationDocument);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const text = (key: string) => t(`links.${mode}.${key}`);
  usePageTitle(text('title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (password.length < PASSWORD_MIN_LENGTH) {
      setFieldError(t('links.passwordShort', { count: PASSWORD_MIN_LENGTH }));
      return;
    }
    setFieldError(null);
    try {
      if (mode === 'reset') await reset({ variables: { token, newPassword: password } });
      else await accept({ variables: { token, password } });
      const user = await session.refresh();
      await navigate(user ? HOME_OF[user.role] : '/', { replace: true });
    } catch (error) {
      const problem = apiProblemOf(error);
      const field = problem.fields[0];
      if (field) setFieldError(fieldMessage(t, field));
      else {
        setFailure(problemMessage(t, problem, 'link'));
        focusWhenDrawn(errorRef);
      }
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{text('title')}</h1>
      <div ref={errorRef} tabIndex={-1}>
        {failure && (
          <Notification type="error" label={text('failed')} notificationAriaLabel={t('app.notification')}>
            {failure}
            <p>
              <Link to="/forgot-password">{t('links.askNew')}</Link>
            </p>
          </Notification>
        )}
      </div>
      <p>{text('intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <PasswordInput
          id="new-password"
          label={text('password')}
          helperText={t('links.passwordRule', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...fieldProblem(fieldError)}
          revealPasswordButtonAriaLabel={t('signIn.showPassword')}
          concealPasswordButtonAriaLabel={t('signIn.hidePassword')}
        />
        <Button type="submit" disabled={resetState.loading || acceptState.loading}>
          {text('submit')}
        </Button>
      </form>
    </div>
  );
}
