import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';
import { NotificationSettingsPage } from '../../domain/notification-settings/NotificationSettingsPage';
import { CandidatesPage } from '../../domain/candidates/CandidatesPage';
import { SignUpPage } from '../../domain/employer-account/SignUpPage';
import { JobEditorPage } from '../../domain/jobs/JobEditorPage';
import { MyJobsPage } from '../../domain/jobs/MyJobsPage';
import { ProposalsPage } from '../../domain/proposals/ProposalsPage';

/** The employer's pages, under /employer. Each page of this role is a route here; sign-up is open to anyone. */
export function EmployerRoutes() {
  return (
    <Routes>
      <Route path="sign-up" element={<SignUpPage />} />
      <Route
        path="*"
        element={
          <RequireRole role="EMPLOYER" signIn="/sign-in">
            <Routes>
              <Route index element={<MyJobsPage />} />
              <Route path="jobs/new" element={<JobEditorPage />} />
              <Route path="jobs/:id" element={<JobEditorPage />} />
              <Route path="jobs/:id/candidates" element={<CandidatesPage />} />
              <Route path="proposals" element={<ProposalsPage />} />
              <Route path="settings" element={<NotificationSettingsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </RequireRole>
        }
      />
    </Routes>
  );
}
