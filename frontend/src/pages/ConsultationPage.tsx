import '../features/consultation/consultation.css';
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { ConsultationBoard } from '../features/consultation/components/ConsultationBoard';
import { ConsultationCommands } from '../features/consultation/components/ConsultationCommands';
import { ConsultationHeader } from '../features/consultation/components/ConsultationHeader';
import { DeliberationsCsvButton } from '../features/consultation/components/DeliberationsCsvButton';
import { useConsultationAccess } from '../features/consultation/hooks/useConsultationAccess';
import { useConsultationBoard } from '../features/consultation/hooks/useConsultations';
import type { BoardFilter } from '../features/consultation/model/consultation';
import { consultationCommunePath, decisionPath, type DoneState } from '../features/consultation/paths';
import { Loading } from '../shared/ui/Loading';
import { SuccessMessage } from '../shared/ui/Notice';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

/** The board of a consultation for the EPCI's people; a commune's reviewer is taken to their own commune's side. */
export function ConsultationPage() {
  const { epciId = '', consultationId = '' } = useParams();
  const access = useConsultationAccess(epciId);
  const [filter, setFilter] = useState<BoardFilter | null>(null);
  const { consultation, error } = useConsultationBoard(consultationId, filter);
  const location = useLocation();
  const [done, setDone] = useState((location.state as DoneState | null)?.done);

  if (!access.canRead) return <AccessDenied />;
  if (error) return <QueryFailure error={error} />;
  if (!consultation) return <Loading />;
  if (!access.canReadBoard) {
    const own = consultation.myCommune;
    return own ? <Navigate to={consultationCommunePath(epciId, consultationId, own.communeId)} replace /> : <AccessDenied />;
  }
  const canAdopt = access.canDecide && consultation.status === 'CLOSED';
  return (
    <>
      <ConsultationHeader epciId={epciId} consultation={consultation} forEpci />
      <SuccessMessage>{done}</SuccessMessage>
      {access.canManage && consultation.status === 'OPEN' && <ConsultationCommands consultation={consultation} onDone={setDone} />}
      <div className="row-actions">
        {canAdopt && (
          <Link className="button-link" to={decisionPath(epciId, consultation.schemeId, consultation.versionId)}>
            Enregistrer la délibération du conseil communautaire
          </Link>
        )}
        <DeliberationsCsvButton versionId={consultation.versionId} />
      </div>
      <ConsultationBoard
        epciId={epciId}
        consultationId={consultationId}
        communes={consultation.communes}
        totals={consultation.totals}
        filter={filter}
        onFilter={setFilter}
      />
    </>
  );
}
