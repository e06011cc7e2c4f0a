import { Navigate, useLocation } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import type { LoginRedirectState } from '../pages/LoginPage';
import { Loading } from '../shared/ui/Loading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AppShell } from './AppShell';

/** Signed-in pages only: anyone else goes to the login page, which brings them back here. */
export function RequireSession() {
  const { user, loading, error } = useSession();
  const location = useLocation();

  if (user) return <AppShell user={user} />;
  if (loading || error) {
    return (
      <main id="contenu" className="status-page">
        {error ? <QueryFailure error={error} /> : <Loading label="Ouverture de la session" />}
      </main>
    );
  }
  const state: LoginRedirectState = { from: location.pathname + location.search + location.hash };
  return <Navigate to="/connexion" replace state={state} />;
}
