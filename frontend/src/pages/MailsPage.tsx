import { useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { can, canOnPlatform, membershipOf } from '../features/auth/session';
import { MailList } from '../features/mail/components/MailList';
import { PageHeading } from '../shared/ui/PageHeading';
import { AccessDenied } from '../shared/ui/StatusPages';

/** « Courriels » : an EPCI's mails (/epci/:epciId/courriels), or all of them for the operator (/plateforme/courriels). */
export function MailsPage() {
  const { epciId } = useParams();
  const { user } = useSession();
  if (!user) return <AccessDenied />;
  const membership = epciId ? membershipOf(user, epciId) : undefined;
  const operator = canOnPlatform(user, 'ADMIN_APPOINT');
  if (!operator && !can(membership, 'USER_MANAGE')) return <AccessDenied />;
  return (
    <>
      <PageHeading>{membership ? `Courriels – ${membership.epci.name}` : 'Courriels de la plateforme'}</PageHeading>
      <MailList epciId={epciId ?? null} />
    </>
  );
}
