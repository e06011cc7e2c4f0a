import { useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { membershipOf } from '../features/auth/session';
import { CommunesTable } from '../features/territory/components/CommunesTable';
import { EpciSummary } from '../features/territory/components/EpciSummary';
import { useEpciDetails } from '../features/territory/hooks/useEpciDetails';
import { Loading } from '../shared/ui/Loading';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';

export function EpciPage() {
  const { epciId = '' } = useParams();
  const { user } = useSession();
  const { epci, error } = useEpciDetails(epciId);
  const ownCommuneId = user ? membershipOf(user, epciId)?.commune?.id : undefined;

  if (error) return <QueryFailure error={error} />;
  if (!epci) return <Loading />;
  return (
    <>
      <PageHeading>{epci.name}</PageHeading>
      <EpciSummary epci={epci} />
      <h2>Communes membres</h2>
      <CommunesTable epci={epci} ownCommuneId={ownCommuneId} />
    </>
  );
}
