import { Link } from 'react-router';
import { ReviewerConsultations } from '../../consultation/components/ReviewerConsultations';

/**
 * A commune reviewer's next step: the consultations open for their commune with the countdown to
 * their council's deadline, then past rounds; and the commune's data the shares are computed from.
 */
export function ReviewerHome({ epciId, communeName }: { epciId: string; communeName: string | undefined }) {
  return (
    <>
      <ReviewerConsultations epciId={epciId} communeName={communeName ?? 'votre commune'} />
      <p>
        Vérifiez aussi <Link to={`/epci/${epciId}`}>les données de votre commune</Link> : elles servent au calcul de sa part.
      </p>
    </>
  );
}
