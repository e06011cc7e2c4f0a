import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { Link } from 'react-router';
import { Loading } from '../../../shared/ui/Loading';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { useConsultations } from '../hooks/useConsultations';
import { CONSULTATION_STATUS_LABELS, countdownText, deliberationText, OPINION_KIND_LABELS } from '../model/consultation';
import { consultationCommunePath } from '../paths';

interface ReviewerConsultationsProps {
  epciId: string;
  communeName: string;
}

/**
 * What a commune reviewer is expected to do: the consultations open for their commune, each with
 * the countdown to its deadline and whether the council's opinion is recorded; then past rounds.
 * Its headings start at h2, so that any page may hold it under its own h1.
 */
export function ReviewerConsultations({ epciId, communeName }: ReviewerConsultationsProps) {
  const { consultations, error } = useConsultations(epciId);
  if (error) return <QueryFailure error={error} />;
  if (!consultations) return <Loading />;
  const open = consultations.filter((c) => c.status === 'OPEN' && c.myCommune);
  const past = consultations.filter((c) => c.status !== 'OPEN');
  return (
    <>
      <section aria-labelledby="open-consultations">
        <h2 id="open-consultations">Consultations en cours pour {communeName}</h2>
        <p>
          Le conseil municipal dispose de trois mois à compter de la notification pour rendre son avis sur le projet de schéma. Sans délibération
          dans ce délai, l’avis est réputé favorable.
        </p>
        {open.length === 0 ? (
          <p>Aucune consultation en cours : quand l’intercommunalité soumettra un projet de schéma à votre commune, il apparaîtra ici avec sa date limite.</p>
        ) : (
          <ul className="consultation-cards">
            {open.map((consultation) => {
              const own = consultation.myCommune!;
              const opinion = own.opinion;
              return (
                <li key={consultation.id} className="consultation-card">
                  <h3>
                    <Link to={consultationCommunePath(epciId, consultation.id, own.communeId)}>
                      {consultation.schemeTitle}, version {consultation.versionNumber}
                    </Link>
                  </h3>
                  <p className="consultation-card__deadline">
                    Avis à rendre au plus tard le <strong>{formatFrenchDate(own.deadline)}</strong> : {countdownText(own.daysLeft)}
                  </p>
                  <p className="muted">Notifié le {formatFrenchDate(own.notifiedOn)}</p>
                  <p>
                    {opinion
                      ? `Avis enregistré : ${OPINION_KIND_LABELS[opinion.kind]}, délibération ${deliberationText(opinion.deliberationNumber, opinion.deliberationDate)}. Il peut être corrigé jusqu’à la clôture.`
                      : 'Aucun avis enregistré pour l’instant.'}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-consultations">
          <h2 id="past-consultations">Consultations passées</h2>
          <ul className="plain-list">
            {past.map((consultation) => (
              <li key={consultation.id}>
                {consultation.myCommune ? (
                  <Link to={consultationCommunePath(epciId, consultation.id, consultation.myCommune.communeId)}>
                    {consultation.schemeTitle}, version {consultation.versionNumber}
                  </Link>
                ) : (
                  `${consultation.schemeTitle}, version ${consultation.versionNumber}`
                )}{' '}
                — {CONSULTATION_STATUS_LABELS[consultation.status]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
