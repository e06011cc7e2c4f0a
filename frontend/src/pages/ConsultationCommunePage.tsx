import '../features/consultation/consultation.css';
import '../features/schemes/schemes.css';
import type { CostingResult } from '@mutualis/domain/costing/types';
import { ACTION_KIND_LABELS } from '@mutualis/domain/scheme/action';
import { Link, useParams } from 'react-router';
import { CommentThread } from '../features/consultation/components/CommentThread';
import { ConsultationHeader } from '../features/consultation/components/ConsultationHeader';
import { OpinionSection } from '../features/consultation/components/OpinionSection';
import { useConsultationAccess } from '../features/consultation/hooks/useConsultationAccess';
import { useConsultationBoard, useConsultationComments } from '../features/consultation/hooks/useConsultations';
import { consultationPath } from '../features/consultation/paths';
import { CommuneActions } from '../features/schemes/components/commune/CommuneActions';
import { CommuneFigures } from '../features/schemes/components/commune/CommuneFigures';
import { formatMandate } from '../features/schemes/format';
import { useVersion } from '../features/versions/hooks/useVersions';
import { Loading } from '../shared/ui/Loading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied, NotFound } from '../shared/ui/StatusPages';

/**
 * One commune's side of a consultation: the version sent, read-only, with that commune's sheet;
 * its council's opinion; and its thread of comments on the actions. A reviewer sees only their own
 * commune (the server narrows the version to it); the EPCI's people open any commune from the board.
 */
export function ConsultationCommunePage() {
  const { epciId = '', consultationId = '', communeId = '' } = useParams();
  const access = useConsultationAccess(epciId);
  const { consultation, error } = useConsultationBoard(consultationId, null);
  const { version, content, error: versionError } = useVersion(consultation?.versionId);
  const { comments, error: commentsError } = useConsultationComments(consultationId, communeId);

  if (!access.canRead) return <AccessDenied />;
  if (error) return <QueryFailure error={error} />;
  if (!consultation) return <Loading />;
  const commune = consultation.communes.find((c) => c.communeId === communeId);
  if (!commune) return <NotFound />;
  if (versionError || commentsError) return <QueryFailure error={versionError ?? commentsError} />;
  if (!version || !content || !comments) return <Loading />;

  const open = consultation.status === 'OPEN';
  const speaksForCommune = access.ownCommune?.id === communeId;
  const costing = content.costing as CostingResult;
  const sheet = costing.communes.find((c) => c.insee === commune.insee);
  return (
    <>
      <ConsultationHeader
        epciId={epciId}
        consultation={consultation}
        forEpci={access.canReadBoard}
        heading={`${commune.name} : consultation sur la version ${consultation.versionNumber} de « ${consultation.schemeTitle} »`}
      />
      {access.canReadBoard && (
        <p>
          <Link to={consultationPath(epciId, consultationId)}>Tableau de bord de la consultation</Link>
        </p>
      )}
      <OpinionSection
        consultationId={consultationId}
        commune={commune}
        canRecord={open && ((speaksForCommune && access.canRecordOpinion) || access.canManage)}
        onPaper={access.canManage}
      />
      <section aria-labelledby="sheet-title">
        <h2 id="sheet-title">Fiche commune : {commune.name}</h2>
        <p className="scheme-header__meta">
          Ce que le projet (version {consultation.versionNumber}, mandat {formatMandate(content.scheme.mandate)}) signifie pour la commune : ce qu’elle
          paie, ce qu’elle économise et pourquoi, année par année.
        </p>
        {sheet ? (
          <>
            <CommuneFigures commune={sheet} />
            <CommuneActions actions={content.actions} problems={content.problems} shares={costing.actions} insee={commune.insee} communeName={commune.name} />
          </>
        ) : (
          <p>Aucun chiffrage pour cette commune dans cette version.</p>
        )}
      </section>
      <section aria-labelledby="threads-title">
        <h2 id="threads-title">Actions du projet et commentaires</h2>
        <p>
          Les commentaires sont un échange entre {commune.name} et l’intercommunalité : les autres communes ne les voient pas. Un commentaire se
          corrige pendant 15 minutes et peut être retiré à tout moment.
        </p>
        {content.actions.map((action) => (
          <section key={action.id} className="action-thread" aria-labelledby={`thread-${action.id}`}>
            <h3 id={`thread-${action.id}`}>{action.title}</h3>
            <p className="muted">
              {ACTION_KIND_LABELS[action.kind]} · {formatMandate(action.years)}
            </p>
            {action.description && <p className="action-thread__description">{action.description}</p>}
            <CommentThread
              consultationId={consultationId}
              communeId={communeId}
              action={action}
              comments={comments.filter((c) => c.actionId === action.id)}
              canWrite={open && (speaksForCommune || (access.canComment && !access.ownCommune))}
            />
          </section>
        ))}
      </section>
    </>
  );
}
