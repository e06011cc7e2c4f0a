import { Navigate } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { homePath } from '../features/auth/session';
import { PageHeading } from '../shared/ui/PageHeading';

export function HomeRedirect() {
  const { user } = useSession();
  const path = user && homePath(user);
  if (path) return <Navigate to={path} replace />;
  return (
    <section className="status-page">
      <PageHeading>Aucune intercommunalité</PageHeading>
      <p>Votre compte n'est rattaché à aucune intercommunalité. Adressez-vous à son administrateur.</p>
    </section>
  );
}
