import { useMutation } from '@apollo/client/react';
import { Button, Notification, TextInput } from 'hds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { problemMessage } from '../../shared/errors/messages';
import { usePageTitle } from '../../shared/usePageTitle';
import { fieldProblem } from '../../shared/errors/field-problem';
import { focusWhenDrawn } from '../../shared/focus';

/** Asks for a link to choose a new password. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('links.forgot.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setFieldError(t('links.forgot.emailInvalid'));
      return;
    }
    setFieldError(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch (error) {
      setFailure(problemMessage(t, apiProblemOf(error)));
    }
    focusWhenDrawn(statusRef);
  };

  return (
    <div className="page page--narrow">
      <h1>{t('links.forgot.title')}</h1>
      <div ref={statusRef} tabIndex={-1}>
        {sent && (
          <Notification
            type="success"
            label={t('links.forgot.sentTitle')}
            notificationAriaLabel={t('app.notification')}
          >
            {t('links.forgot.sent')}
          </Notification>
        )}
        {failure && (
          <Notification type="error" label={t('links.forgot.failed')} notificationAriaLabel={t('app.notification')}>
            {failure}
          </Notification>
        )}
      </div>
      {!sent && (
        <>
          <p>{t('links.forgot.intro')}</p>
          <form onSubmit={(event) => void submit(event)} noValidate className="form">
            <TextInput
              id="forgot-email"
              label={t('signIn.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              {...fieldProblem(fieldError)}
            />
            <Button type="submit" disabled={loading}>
              {t('links.forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('links.signIn')}</Link>
      </p>
    </div>
  );
}
