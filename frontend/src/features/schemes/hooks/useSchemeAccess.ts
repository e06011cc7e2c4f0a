import { useSession } from '../../auth/hooks/useSession';
import { can, membershipOf } from '../../auth/session';

/**
 * What the signed-in user may do with the EPCI's draft schemes: drafters edit them, elected
 * officials and administrators read them, commune reviewers do not see drafts at all.
 */
export function useSchemeAccess(epciId: string) {
  const { user } = useSession();
  const membership = user ? membershipOf(user, epciId) : undefined;
  return { membership, canRead: can(membership, 'DRAFT_READ'), canEdit: can(membership, 'SCHEME_EDIT') };
}
