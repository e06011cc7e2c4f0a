import { useSession } from '../../auth/hooks/useSession';
import { can, membershipOf } from '../../auth/session';

/**
 * What the signed-in user may do with a scheme's versions: everyone who reads the draft reads its
 * versions; drafters freeze and restore them; drafters, elected officials and administrators compare them.
 */
export function useVersionAccess(epciId: string) {
  const { user } = useSession();
  const membership = user ? membershipOf(user, epciId) : undefined;
  return {
    canRead: can(membership, 'DRAFT_READ'),
    canFreeze: can(membership, 'VERSION_FREEZE'),
    canCompare: can(membership, 'VERSION_COMPARE'),
    canRestore: can(membership, 'SCHEME_EDIT'),
  };
}
