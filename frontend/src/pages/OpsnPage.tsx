import { useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { can, membershipOf } from '../features/auth/session';
import { OpsnRegistry } from '../features/opsn/components/OpsnRegistry';
import { PageHeading } from '../shared/ui/PageHeading';
import { AccessDenied } from '../shared/ui/StatusPages';

export function OpsnPage() {
  const { epciId = '' } = useParams();
  const { user } = useSession();
  const membership = user ? membershipOf(user, epciId) : undefined;

  if (!membership || !can(membership, 'EPCI_READ')) return <AccessDenied />;
  return (
    <>
      <PageHeading>{`Registre des OPSN – ${membership.epci.name}`}</PageHeading>
      <p>
        Les opérateurs publics de services numériques (syndicats mixtes, GIP, SPL, centres de gestion…) avec lesquels
        travaille le territoire, leurs services et leurs tarifs publiés : une adhésion à un OPSN se chiffre à partir
        d'eux.
      </p>
      <OpsnRegistry epciId={epciId} epciName={membership.epci.name} editable={can(membership, 'OPSN_REGISTRY_EDIT')} />
    </>
  );
}
