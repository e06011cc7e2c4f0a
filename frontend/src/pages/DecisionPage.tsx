import '../features/consultation/consultation.css';
import { useNavigate, useParams } from 'react-router';
import { DecisionForm } from '../features/consultation/components/DecisionForm';
import { useConsultationAccess } from '../features/consultation/hooks/useConsultationAccess';
import { useConsultations } from '../features/consultation/hooks/useConsultations';
import type { DoneState } from '../features/consultation/paths';
import { VersionsBreadcrumb } from '../features/versions/components/VersionsBreadcrumb';
import { useSchemeVersions } from '../features/versions/hooks/useVersions';
import { VERSION_STATUS_LABELS } from '../features/versions/model/versions';
import { versionPath } from '../features/versions/paths';
import { Loading } from '../shared/ui/Loading';
import { Notice } from '../shared/ui/Notice';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied, NotFound } from '../shared/ui/StatusPages';

/**
 * The EPCI council's deliberation on a version: adoption or rejection once its consultation is
 * closed, or adoption of an amending version answering an earlier version's closed consultation.
 */
export function DecisionPage() {
  const { epciId = '', schemeId = '', versionId = '' } = useParams();
  const access = useConsultationAccess(epciId);
  const navigate = useNavigate();
  const { scheme, error } = useSchemeVersions(schemeId);
  const { consultations, error: consultationsError } = useConsultations(epciId);

  if (!access.canDecide) return <AccessDenied />;
  if (error || consultationsError) return <QueryFailure error={error ?? consultationsError} />;
  if (!scheme || !consultations) return <Loading />;
  const version = scheme.versions.find((v) => v.id === versionId);
  if (!version) return <NotFound />;
  const closed = consultations.filter((c) => c.schemeId === schemeId && c.status === 'CLOSED');
  const own = closed.filter((c) => c.versionId === versionId);
  const earlier = closed.filter((c) => c.versionNumber < version.number);
  const ownConsultation = version.status === 'CONSULTATION_CLOSED';
  const answerable = ownConsultation ? own : version.status === 'FROZEN' ? earlier : [];

  return (
    <>
      <VersionsBreadcrumb epciId={epciId} scheme={scheme} belowTimeline />
      <PageHeading>{`Délibération du conseil communautaire sur la version ${version.number}`}</PageHeading>
      <p>
        Projet « {scheme.title} », version {version.number} : {version.message}. Statut : {VERSION_STATUS_LABELS[version.status]}.
      </p>
      {answerable.length > 0 ? (
        <DecisionForm
          versionId={versionId}
          consultations={answerable}
          ownConsultation={ownConsultation}
          forCouncil={access.decidesForCouncil}
          onRecorded={(_, message) => {
            const state: DoneState = { done: message };
            navigate(versionPath(epciId, schemeId, versionId), { state });
          }}
        />
      ) : (
        <Notice type="info">
          {version.status === 'FROZEN'
            ? 'Cette version n’a pas été soumise aux communes et aucune consultation close d’une version antérieure ne permet de l’adopter comme amendement : soumettez-la d’abord à la consultation.'
            : version.status === 'IN_CONSULTATION'
              ? 'La consultation des communes sur cette version est en cours : le conseil délibère une fois la consultation close.'
              : 'Le conseil communautaire a déjà délibéré sur cette version.'}
        </Notice>
      )}
    </>
  );
}
