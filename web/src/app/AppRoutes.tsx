import { LoadingSpinner } from 'hds-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../domain/account-links/ForgotPasswordPage';
import { SetPasswordPage } from '../domain/account-links/SetPasswordPage';
import { VerifyEmailPage } from '../domain/account-links/VerifyEmailPage';
import { LandingPage } from '../domain/landing/LandingPage';
import { SignInPage } from '../domain/sign-in/SignInPage';
import { NotFoundPage } from './NotFoundPage';
import { SessionEndedPage } from './SessionEndedPage';
import { SignOutPage } from './SignOutPage';

// Each role's pages are a chunk of their own, loaded when the role's first page opens: a client's phone does not
// download the employer's job editor or the coordinator's client register.
const ClientRoutes = lazy(() => import('../roles/client/ClientRoutes').then((m) => ({ default: m.ClientRoutes })));
const EmployerRoutes = lazy(() =>
  import('../roles/employer/EmployerRoutes').then((m) => ({ default: m.EmployerRoutes })),
);
const CoordinatorRoutes = lazy(() =>
  import('../roles/coordinator/CoordinatorRoutes').then((m) => ({ default: m.CoordinatorRoutes })),
);

function RoleChunk({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <div className="page page--centered">
          <LoadingSpinner loadingText={t('app.loading')} />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

/** One route tree per role (roles/<role>/), plus the pages everyone sees (sign-in and the pages of mailed links). */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<LandingPage />} />
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="session-ended" element={<SessionEndedPage />} />
      <Route path="sign-out" element={<SignOutPage />} />
      <Route path="verify-email" element={<VerifyEmailPage />} />
      <Route path="forgot-password" element={<ForgotPasswordPage />} />
      <Route path="reset-password" element={<SetPasswordPage mode="reset" />} />
      <Route path="accept-invitation" element={<SetPasswordPage mode="invitation" />} />
      <Route
        path="client/*"
        element={
          <RoleChunk>
            <ClientRoutes />
          </RoleChunk>
        }
      />
      <Route
        path="employer/*"
        element={
          <RoleChunk>
            <EmployerRoutes />
          </RoleChunk>
        }
      />
      <Route
        path="coordinator/*"
        element={
          <RoleChunk>
            <CoordinatorRoutes />
          </RoleChunk>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
