import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { NotificationSettingsPage } from '../../domain/notification-settings/NotificationSettingsPage';
import { ClientPage } from '../../domain/clients/ClientPage';
import { ClientsPage } from '../../domain/clients/ClientsPage';
import { CoordinatorHomePage } from './CoordinatorHomePage';

/** The coordinator's pages, under /coordinator. Each page of this role is a route here. */
export function CoordinatorRoutes() {
  return (
    <RequireRole role="COORDINATOR" signIn="/sign-in">
      <Routes>
        <Route index element={<CoordinatorHomePage />} />
        <Route path="clients" element={<ClientsPage />} />
        <Route path="clients/:clientId" element={<ClientPage />} />
        <Route path="settings" element={<NotificationSettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
