import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { Link, useLocation } from 'react-router';
import { Loading } from '../../../shared/ui/Loading';
import { SuccessMessage } from '../../../shared/ui/Notice';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { formatDateTime } from '../../schemes/format';
import { VERSION_STATUS_LABELS } from '../../versions/model/versions';
import { useConsultationAccess } from '../hooks/useConsultationAccess';
import { useVersionLifecycle } from '../hooks/useConsultations';
import { CONSULTATION_STATUS_LABELS } from '../model/consultation';
import { consultationPath, decisionPath, openConsultationPath, type DoneState } from '../paths';
import { DecisionFacts } from './DecisionFacts';
import { DeliberationsCsvButton } from './DeliberationsCsvButton';

interface VersionLifecycleProps {
  epciId: string;
  schemeId: string;
  versionId: string;
}

/**
 * Where a version stands in the legal procedure, on its page: its status, its rounds of consultation
 * (withdrawn ones with their reason), the council's decision, and the next step for those who take it.
 */
export function VersionLifecycle({ epciId, schemeId, versionId }: VersionLifecycleProps) {
  const access = useConsultationAccess(epciId);
  const { lifecycle, error } = useVersionLifecycle(epciId, schemeId, versionId);
  // Set by the decision page that brought the user back here.
  const done = (useLocation().state as DoneState | null)?.done;

  if (error) return <QueryFailure error={error} />;
  if (!lifecycle) return <Loading />;
  const { version, rounds, schemeRounds, decision } = lifecycle;
  const status = version.status;
  // An amending version may be adopted without a new round once an earlier version's consultation is closed.
  const amends = status === 'FROZEN' && schemeRounds.some((c) => c.status === 'CLOSED' && c.versionNumber < version.number);
  const canDecideNow = access.canDecide && (status === 'CONSULTATION_CLOSED' || amends);
  const hasRecords = rounds.length > 0 || decision;

  return (
    <section aria-labelledby="lifecycle-title" className="lifecycle">
      <h2 id="lifecycle-title">Consultation et adoption</h2>
      <SuccessMessage>{done}</SuccessMessage>
      <p>
        Statut : <strong>{VERSION_STATUS_LABELS[status]}</strong>
        {decision?.supersededByVersionNumber &&
          ` par la version ${decision.supersededByVersionNumber}${decision.supersededOn ? ` le ${formatFrenchDate(decision.supersededOn)}` : ''}`}
        .
      </p>
      {decision && <DecisionFacts decision={decision} />}
      {rounds.length > 0 && (
        <ul className="plain-list">
          {rounds.map((c) => (
            <li key={c.id}>
              <Link to={consultationPath(epciId, c.id)}>Consultation ouverte le {formatDateTime(c.openedAt)}</Link> : {CONSULTATION_STATUS_LABELS[c.status]}
              {c.status === 'OPEN' && `, dernière échéance le ${formatFrenchDate(c.lastDeadline)}`}
              {c.withdrawalReason && ` (motif : ${c.withdrawalReason})`}
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        {access.canManage && status === 'FROZEN' && (
          <Link className="button-link" to={openConsultationPath(epciId, schemeId, versionId)}>
            Soumettre à la consultation des communes
          </Link>
        )}
        {canDecideNow && (
          <Link className="button-link" to={decisionPath(epciId, schemeId, versionId)}>
            {status === 'FROZEN' ? 'Adopter sans nouvelle consultation' : 'Enregistrer la délibération du conseil communautaire'}
          </Link>
        )}
        {hasRecords && access.canReadBoard && <DeliberationsCsvButton versionId={versionId} />}
      </div>
    </section>
  );
}
