import { Link } from 'react-router';
import { NextSteps } from './NextSteps';

/**
 * The commune reviewer's part of the home page. The versions sent to the reviewer's commune for
 * its opinion belong here: the consultation feature's `ReviewerConsultations` component takes the
 * place marked below.
 */
export function ReviewerHome({ epciId, communeName }: { epciId: string; communeName: string | undefined }) {
  return (
    <NextSteps id="home-consultations" title={communeName ? `Consultations de ${communeName}` : 'Consultations de votre commune'}>
      {/* ReviewerConsultations: the consultations open for the reviewer's commune. */}
      <p>Les versions du schéma soumises à l’avis de votre conseil municipal apparaîtront ici, avec la date limite de sa délibération.</p>
      <p>
        En attendant, vérifiez <Link to={`/epci/${epciId}`}>les données de votre commune</Link> : elles servent au calcul de sa part.
      </p>
    </NextSteps>
  );
}
