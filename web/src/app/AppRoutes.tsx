import { Route, Routes } from 'react-router';
import { LandingPage } from '../domain/landing/LandingPage';
import { SignInPage } from '../domain/sign-in/SignInPage';
import { ClientRoutes } from '../roles/client/ClientRoutes';
import { CoordinatorRoutes } from '../roles/coordinator/CoordinatorRoutes';
import { EmployerRoutes } from '../roles/employer/EmployerRoutes';
import { NotFoundPage } from './NotFoundPage';
import { SessionEndedPage } from './SessionEndedPage';
import { SignOutPage } from './SignOutPage';

/** One route tree per role (roles/<role>/), plus the pages everyone sees. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<LandingPage />} />
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="session-ended" element={<SessionEndedPage />} />
      <Route path="sign-out" element={<SignOutPage />} />
      <Route path="client/*" element={<ClientRoutes />} />
      <Route path="employer/*" element={<EmployerRoutes />} />
      <Route path="coordinator/*" element={<CoordinatorRoutes />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
