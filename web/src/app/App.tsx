import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { Layout } from './layout/Layout';
import { SessionProvider } from './session/SessionProvider';
import { PreferredLanguage } from './session/PreferredLanguage';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <PreferredLanguage />
        <Layout>
          <AppRoutes />
        </Layout>
      </SessionProvider>
    </BrowserRouter>
  );
}
