import { formatInteger } from '../../../shared/format/french';
import { formatDateTime } from '../../schemes/format';
import { deliberationText, type Decision } from '../model/consultation';
import { DocumentLink } from './DocumentLink';

/** A council decision as it is cited: its deliberation, the votes or the reason, who recorded it. */
export function DecisionFacts({ decision }: { decision: Decision }) {
  const votes = decision.votes;
  return (
    <dl className="opinion">
      <div>
        <dt>{decision.kind === 'ADOPTION' ? 'Adoptée par délibération' : 'Rejetée par délibération'}</dt>
        <dd>
          {deliberationText(decision.deliberationNumber, decision.deliberationDate)}
          {decision.document && (
            <>
              {' · '}
              <DocumentLink document={decision.document} label={`Délibération du conseil communautaire (PDF)`} />
            </>
          )}
        </dd>
      </div>
      {votes && (
        <div>
          <dt>Votes</dt>
          <dd>
            {formatInteger(votes.for)} pour, {formatInteger(votes.against)} contre, {formatInteger(votes.abstentions)} abstentions ;{' '}
            {formatInteger(votes.present)} présents ou représentés sur {formatInteger(votes.inOffice)} membres en exercice
          </dd>
        </div>
      )}
      {decision.reason && (
        <div>
          <dt>Motif du rejet</dt>
          <dd className="reservations">{decision.reason}</dd>
        </div>
      )}
      <div>
        <dt>Enregistrée</dt>
        <dd>
          par {decision.recordedByName}
          {decision.recordedForElected && ' pour le conseil communautaire'}, le {formatDateTime(decision.recordedAt)}
        </dd>
      </div>
    </dl>
  );
}
