import { Button } from '@gouvfr-lasuite/cunningham-react';
import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { useState } from 'react';
import { Notice, SuccessMessage } from '../../../shared/ui/Notice';
import { formatDateTime } from '../../schemes/format';
import { answerText, countdownText, type ConsultationCommune } from '../model/consultation';
import { DocumentLink } from './DocumentLink';
import { OpinionForm } from './OpinionForm';

interface OpinionSectionProps {
  consultationId: string;
  commune: ConsultationCommune;
  /** The consultation is open and the user speaks for this commune (its reviewer, or a drafter on paper). */
  canRecord: boolean;
  onPaper: boolean;
}

/** The commune's deadline and its council's opinion, with the form to record or correct it while the round is open. */
export function OpinionSection({ consultationId, commune, canRecord, onPaper }: OpinionSectionProps) {
  const opinion = commune.opinion;
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const showForm = canRecord && (!opinion || editing);

  return (
    <section aria-labelledby="opinion-title">
      <h2 id="opinion-title">Avis du conseil municipal</h2>
      <p>
        Notifié le {formatFrenchDate(commune.notifiedOn)} ; avis à rendre au plus tard le <strong>{formatFrenchDate(commune.deadline)}</strong>
        {commune.state === 'AWAITED' && ` (${countdownText(commune.daysLeft)})`}.
      </p>
      <SuccessMessage>{done}</SuccessMessage>
      <div role="alert">{failure && <Notice type="error">{failure}</Notice>}</div>
      {opinion ? (
        <dl className="opinion">
          <div>
            <dt>Avis</dt>
            <dd>{answerText(commune)}</dd>
          </div>
          {opinion.reservations && (
            <div>
              <dt>Réserves</dt>
              <dd className="reservations">{opinion.reservations}</dd>
            </div>
          )}
          <div>
            <dt>Délibération</dt>
            <dd>
              n° {opinion.deliberationNumber} du {formatFrenchDate(opinion.deliberationDate)}
              {opinion.document && (
                <>
                  {' · '}
                  <DocumentLink document={opinion.document} label="Télécharger la délibération (PDF)" />
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Enregistré</dt>
            <dd>
              {opinion.recordedOnPaper ? 'Reçu sur papier, saisi' : 'Saisi'} par {opinion.recordedByName}, mis à jour le {formatDateTime(opinion.updatedAt)}
            </dd>
          </div>
        </dl>
      ) : (
        <p>{answerText(commune)} : aucun avis enregistré.</p>
      )}
      {canRecord && opinion && !editing && (
        <Button
          size="small"
          color="neutral"
          variant="bordered"
          onClick={() => {
            setEditing(true);
            setDone(undefined);
          }}
        >
          Corriger l’avis
        </Button>
      )}
      {showForm && (
        <OpinionForm
          consultationId={consultationId}
          commune={commune}
          onPaper={onPaper}
          onCancel={opinion ? () => setEditing(false) : undefined}
          onSaved={(message, failed) => {
            setEditing(false);
            setDone(failed ? undefined : message);
            setFailure(failed ? message : undefined);
          }}
        />
      )}
    </section>
  );
}
