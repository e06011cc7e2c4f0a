import { useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { can, membershipOf } from '../features/auth/session';
import { SchemeInForce } from '../features/consultation/components/SchemeInForce';
import { CommuneProfilesEditor } from '../features/territory/components/CommuneProfilesEditor';
import { ReadOnlyCommunesTable } from '../features/territory/components/CommunesTable';
import { EpciSummary } from '../features/territory/components/EpciSummary';
import { ProfilesCsvSection } from '../features/territory/components/ProfilesCsvSection';
import { UsageMetricsSection } from '../features/territory/components/UsageMetricsSection';
import { useEpciDetails } from '../features/territory/hooks/useEpciDetails';
import { Loading } from '../shared/ui/Loading';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';

export function EpciPage() {
  const { epciId = '' } = useParams();
  const { user } = useSession();
  const { epci, error, reload } = useEpciDetails(epciId);
  const membership = user ? membershipOf(user, epciId) : undefined;
  // The platform operator may open an EPCI it imported without being a member: it only reads.
  const editable = can(membership, 'COMMUNE_PROFILE_EDIT');
  const ownCommuneId = membership?.commune?.id;

  if (error) return <QueryFailure error={error} />;
  if (!epci) return <Loading />;
  return (
    <>
      <PageHeading>{epci.name}</PageHeading>
      <EpciSummary epci={epci} />
      {can(membership, 'EPCI_READ') && <SchemeInForce epciId={epci.id} />}
      <section aria-labelledby="communes-title">
        <h2 id="communes-title">Communes membres</h2>
        {editable ? (
          <CommuneProfilesEditor epci={epci} ownCommuneId={ownCommuneId} reload={reload} />
        ) : (
          <ReadOnlyCommunesTable epci={epci} ownCommuneId={ownCommuneId} />
        )}
      </section>
      <UsageMetricsSection epciId={epci.id} epciName={epci.name} metrics={epci.usageMetrics} editable={editable} />
      {can(membership, 'EPCI_READ') && <ProfilesCsvSection epci={epci} canImport={editable} />}
    </>
  );
}
