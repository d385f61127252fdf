import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { EmployerHomePage } from './EmployerHomePage';

/** The employer's pages, under /employer. Each page of this role is a route here. */
export function EmployerRoutes() {
  return (
    <RequireRole role="EMPLOYER" signIn="/sign-in">
      <Routes>
        <Route index element={<EmployerHomePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
