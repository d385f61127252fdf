import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { CoordinatorHomePage } from './CoordinatorHomePage';

/** The coordinator's pages, under /coordinator. Each page of this role is a route here. */
export function CoordinatorRoutes() {
  return (
    <RequireRole role="COORDINATOR" signIn="/sign-in">
      <Routes>
        <Route index element={<CoordinatorHomePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
