import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { CodeSignInPage } from '../../domain/client-access/CodeSignInPage';
import { ConsentPage } from '../../domain/consent/ConsentPage';
import { OfferPage } from '../../domain/offers/OfferPage';
import { OffersPage } from '../../domain/offers/OffersPage';
import { ProfileViewsPage } from '../../domain/profile-views/ProfileViewsPage';

/** The client's pages, under /client. The code sign-in is outside the guard. */
export function ClientRoutes() {
  return (
    <Routes>
      <Route path="sign-in" element={<CodeSignInPage />} />
      <Route
        path="*"
        element={
          <RequireRole role="CLIENT" signIn="/client/sign-in">
            <Routes>
              <Route index element={<OffersPage />} />
              <Route path="offers/:offerId" element={<OfferPage />} />
              <Route path="consent" element={<ConsentPage />} />
              <Route path="views" element={<ProfileViewsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </RequireRole>
        }
      />
    </Routes>
  );
}
