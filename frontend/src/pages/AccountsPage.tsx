import { useParams } from 'react-router';
import { AccountsManager } from '../features/accounts/components/AccountsManager';
import { useSession } from '../features/auth/hooks/useSession';
import { can, membershipOf } from '../features/auth/session';
import { PageHeading } from '../shared/ui/PageHeading';
import { AccessDenied } from '../shared/ui/StatusPages';

export function AccountsPage() {
  const { epciId = '' } = useParams();
  const { user } = useSession();
  const membership = user ? membershipOf(user, epciId) : undefined;

  if (!user || !membership || !can(membership, 'USER_MANAGE')) return <AccessDenied />;
  return (
    <>
      <PageHeading>{`Comptes – ${membership.epci.name}`}</PageHeading>
      <AccountsManager epciId={epciId} epciName={membership.epci.name} currentUserId={user.id} />
    </>
  );
}
