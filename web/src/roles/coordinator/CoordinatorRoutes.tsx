import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { NotificationSettingsPage } from '../../domain/notification-settings/NotificationSettingsPage';
import { ClientPage } from '../../domain/clients/ClientPage';
import { ClientsPage } from '../../domain/clients/ClientsPage';
import { ProfileEditorPage } from '../../domain/profiles/ProfileEditorPage';
import { CoordinatorProposalsPage } from '../../domain/coordinator-proposals/CoordinatorProposalsPage';
import { EraseClientPage } from '../../domain/erasure/EraseClientPage';
import { ProfileMatchesPage } from '../../domain/profile-matches/ProfileMatchesPage';
import { ResultsPage } from '../../domain/results/ResultsPage';
import { CoordinatorHomePage } from './CoordinatorHomePage';

/** The coordinator's pages, under /coordinator. Each page of this role is a route here. */
export function CoordinatorRoutes() {
  return (
    <RequireRole role="COORDINATOR" signIn="/sign-in">
      <Routes>
        <Route index element={<CoordinatorHomePage />} />
        <Route path="clients" element={<ClientsPage />} />
        <Route path="clients/:clientId" element={<ClientPage />} />
        <Route path="clients/:clientId/profiles/new" element={<ProfileEditorPage />} />
        <Route path="clients/:clientId/profiles/:profileId" element={<ProfileEditorPage />} />
        <Route path="clients/:clientId/erase" element={<EraseClientPage />} />
        <Route path="profiles/:profileId/matches" element={<ProfileMatchesPage />} />
        <Route path="proposals" element={<CoordinatorProposalsPage />} />
        <Route path="results" element={<ResultsPage />} />
        <Route path="settings" element={<NotificationSettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
