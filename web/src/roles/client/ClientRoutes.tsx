import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { ClientHomePage } from './ClientHomePage';

/** The client's pages, under /client. The code sign-in is outside the guard. */
export function ClientRoutes() {
  return (
    <Routes>
      <Route
        path="*"
        element={
          <RequireRole role="CLIENT" signIn="/client/sign-in">
            <Routes>
              <Route index element={<ClientHomePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </RequireRole>
        }
      />
    </Routes>
  );
}
