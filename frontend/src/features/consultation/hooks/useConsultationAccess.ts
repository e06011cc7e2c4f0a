import { useSession } from '../../auth/hooks/useSession';
import { can, membershipOf } from '../../auth/session';

/**
 * What the signed-in user may do in consultations, to show only that (the server decides):
 * drafters run them, a reviewer speaks for their own commune, elected officials — or a drafter
 * recording it for them — record the council's decision.
 */
export function useConsultationAccess(epciId: string) {
  const { user } = useSession();
  const membership = user ? membershipOf(user, epciId) : undefined;
  const canManage = can(membership, 'CONSULTATION_MANAGE');
  return {
    canRead: can(membership, 'SCHEME_READ'),
    /** The board of every commune: everyone of the EPCI but the communes' reviewers. */
    canReadBoard: can(membership, 'DRAFT_READ'),
    canManage,
    canRecordOpinion: can(membership, 'OPINION_RECORD') || canManage,
    /** Comments are an exchange between a commune and the EPCI's drafters and elected officials. */
    canComment: can(membership, 'OPINION_RECORD') || canManage || can(membership, 'ADOPTION_RECORD'),
    canDecide: can(membership, 'ADOPTION_RECORD') || canManage,
    /** A drafter records a decision on the council's behalf, marked as such. */
    decidesForCouncil: !can(membership, 'ADOPTION_RECORD') && canManage,
    canSetSiret: can(membership, 'EPCI_IDENTITY_EDIT'),
    /** Set for a commune reviewer: the commune they speak for. */
    ownCommune: membership?.role === 'REVIEWER' ? (membership.commune ?? undefined) : undefined,
  };
}
