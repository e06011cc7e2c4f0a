import '../features/consultation/consultation.css';
import { useParams } from 'react-router';
import { ConsultationsTable } from '../features/consultation/components/ConsultationsTable';
import { ReviewerConsultations } from '../features/consultation/components/ReviewerConsultations';
import { useConsultationAccess } from '../features/consultation/hooks/useConsultationAccess';
import { useConsultations } from '../features/consultation/hooks/useConsultations';
import { Loading } from '../shared/ui/Loading';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

/** A reviewer's consultations with their deadlines; for the EPCI's people, every round and its board. */
export function ConsultationsPage() {
  const { epciId = '' } = useParams();
  const access = useConsultationAccess(epciId);
  if (!access.canRead) return <AccessDenied />;
  if (access.ownCommune) {
    return (
      <>
        <PageHeading>Consultations</PageHeading>
        <ReviewerConsultations epciId={epciId} communeName={access.ownCommune.name} />
      </>
    );
  }
  return <AllConsultations epciId={epciId} />;
}

function AllConsultations({ epciId }: { epciId: string }) {
  const { consultations, error } = useConsultations(epciId);
  if (error) return <QueryFailure error={error} />;
  if (!consultations) return <Loading />;
  return (
    <>
      <PageHeading>Consultations des communes</PageHeading>
      <ConsultationsTable epciId={epciId} consultations={consultations} />
    </>
  );
}
