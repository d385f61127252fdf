import { useMutation } from '@apollo/client/react';
import { Button, Notification, PasswordInput, TextInput } from 'hds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { RegisterEmployerDocument, type Language } from '../../generated/graphql';
import { apiProblemOf } from '../../shared/errors/api-problem';
import { fieldMessages, problemMessage } from '../../shared/errors/messages';
import { MunicipalityPicker } from '../../shared/municipality/MunicipalityPicker';
import { usePageTitle } from '../../shared/usePageTitle';
import { checkBusinessId, PASSWORD_MIN_LENGTH } from './business-id';
import { fieldProblem } from '../../shared/errors/field-problem';
import { focusWhenDrawn } from '../../shared/focus';

type Field = 'organisationName' | 'businessId' | 'municipalityCode' | 'email' | 'password';

/**
 * An employer creates an account for the organisation: business ID checked as typed, the password rule shown. The
 * account exists once the address is verified: the page then says to open the link sent to it (VerifyEmailPage).
 */
export function SignUpPage() {
  const { t } = useTranslation('employer');
  const [signUp, { loading }] = useMutation(RegisterEmployerDocument);
  /** The address the link was sent to, once the sign-up went through. */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sentRef = useRef<HTMLHeadingElement>(null);
  const [organisationName, setOrganisationName] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  /** The summary of problems appears once the form has been sent; before that each field says its own. */
  const [submitted, setSubmitted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  usePageTitle(t('signUp.title'));

  const businessIdProblem = (value: string): string | undefined => {
    const check = checkBusinessId(value);
    if (check.ok) return undefined;
    if (check.problem === 'CHECK_DIGIT')
      return t('signUp.businessIdCheckDigit', { expected: check.expected, typed: check.typed });
    return t(`signUp.businessId${check.problem === 'FORMAT' ? 'Format' : 'NoSuchNumber'}`);
  };

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (organisationName.trim().length < 2) found.organisationName = t('signUp.organisationNameRequired');
    const idProblem = businessIdProblem(businessId);
    if (idProblem) found.businessId = idProblem;
    if (!municipalityCode) found.municipalityCode = t('signUp.municipalityRequired');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('signUp.emailInvalid');
    if (password.length < PASSWORD_MIN_LENGTH)
      found.password = t('signUp.passwordShort', { count: PASSWORD_MIN_LENGTH });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSubmitted(true);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusWhenDrawn(summaryRef);
      return;
    }
    try {
      const check = checkBusinessId(businessId);
      await signUp({
        variables: {
          input: {
            organisationName: organisationName.trim(),
            businessId: check.ok ? check.normalised : businessId.trim(),
            municipalityCode: municipalityCode ?? '',
            email: email.trim(),
            password,
            preferredLanguage: currentLanguage().toUpperCase() as Language,
          },
        },
      });
      setSentTo(email.trim());
      focusWhenDrawn(sentRef);
    } catch (error) {
      const problem = apiProblemOf(error);
      const byField = fieldMessages(t, problem);
      const mapped: Partial<Record<Field, string>> = {};
      for (const [field, message] of Object.entries(byField)) {
        const name = field.replace(/^input\./, '') as Field;
        const reason = problem.fields.find((f) => f.field === field)?.reason;
        mapped[name] = reason
          ? t([`signUp.reason.${reason}`, `errors:field.${reason}`], { defaultValue: message })
          : message;
      }
      setErrors(mapped);
      if (Object.keys(mapped).length === 0) setFailure(problemMessage(t, problem));
      focusWhenDrawn(summaryRef);
    }
  };

  const errorList = (Object.entries(errors) as [Field, string | undefined][]).filter(
    (entry): entry is [Field, string] => Boolean(entry[1]),
  );
  const passwordLong = password.length >= PASSWORD_MIN_LENGTH;
  if (sentTo) {
    return (
      <div className="page page--narrow">
        <h1 ref={sentRef} tabIndex={-1}>
          {t('signUp.checkMail.title')}
        </h1>
        <p>{t('signUp.checkMail.body', { email: sentTo })}</p>
        <p>{t('signUp.checkMail.noMail')}</p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <div ref={summaryRef} tabIndex={-1}>
        {((submitted && errorList.length > 0) || failure) && (
          <Notification type="error" label={t('signUp.failed')} notificationAriaLabel={t('common:app.notification')}>
            {failure ?? (
              <ul>
                {errorList.map(([field, message]) => (
                  <li key={field}>
                    <a href={`#sign-up-${field}`}>{message}</a>
                  </li>
                ))}
              </ul>
            )}
          </Notification>
        )}
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <TextInput
          id="sign-up-organisationName"
          label={t('signUp.organisationName')}
          required
          autoComplete="organization"
          value={organisationName}
          onChange={(event) => setOrganisationName(event.target.value)}
          {...fieldProblem(errors.organisationName)}
        />
        <TextInput
          id="sign-up-businessId"
          label={t('signUp.businessId')}
          helperText={t('signUp.businessIdHint')}
          required
          value={businessId}
          onChange={(event) => setBusinessId(event.target.value)}
          onBlur={() =>
            setErrors((current) => ({ ...current, businessId: businessId ? businessIdProblem(businessId) : undefined }))
          }
          {...fieldProblem(errors.businessId)}
        />
        <MunicipalityPicker
          id="sign-up-municipalityCode"
          label={t('signUp.municipality')}
          required
          value={municipalityCode}
          onChange={setMunicipalityCode}
          error={errors.municipalityCode}
        />
        <TextInput
          id="sign-up-email"
          label={t('signUp.email')}
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          {...fieldProblem(errors.email)}
        />
        <PasswordInput
          id="sign-up-password"
          label={t('signUp.password')}
          helperText={
            passwordLong
              ? t('signUp.passwordOk')
              : t('signUp.passwordRule', { count: PASSWORD_MIN_LENGTH, typed: password.length })
          }
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...fieldProblem(errors.password)}
          revealPasswordButtonAriaLabel={t('common:signIn.showPassword')}
          concealPasswordButtonAriaLabel={t('common:signIn.hidePassword')}
        />
        <Button type="submit" disabled={loading}>
          {t('signUp.submit')}
        </Button>
      </form>
    </div>
  );
}
