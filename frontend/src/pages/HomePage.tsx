import '../features/home/home.css';
import { Link, useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { roleLabels } from '../features/auth/labels';
import { can, membershipOf } from '../features/auth/session';
import { AccountsHome } from '../features/home/components/AccountsHome';
import { NextSteps } from '../features/home/components/NextSteps';
import { ReviewerHome } from '../features/home/components/ReviewerHome';
import { SchemesHome } from '../features/home/components/SchemesHome';
import { PageHeading } from '../shared/ui/PageHeading';
import { NotFound } from '../shared/ui/StatusPages';

/** Where each person lands: what their role has to do next in this EPCI. */
export function HomePage() {
  const { epciId = '' } = useParams();
  const { user } = useSession();
  const membership = user ? membershipOf(user, epciId) : undefined;
  if (!user || !membership) return <NotFound />;
  return (
    <>
      <PageHeading>{`Bonjour ${user.name}`}</PageHeading>
      <p className="muted">
        {roleLabels[membership.role]}
        {membership.commune ? ` pour ${membership.commune.name}` : ''} · {membership.epci.name}
      </p>
      {membership.role === 'REVIEWER' && <ReviewerHome epciId={epciId} communeName={membership.commune?.name} />}
      {can(membership, 'DRAFT_READ') && membership.role !== 'ADMIN' && <SchemesHome epciId={epciId} drafter={can(membership, 'SCHEME_EDIT')} />}
      {can(membership, 'USER_MANAGE') && <AccountsHome epciId={epciId} />}
      {can(membership, 'AUDIT_READ') && (
        <NextSteps id="home-journal" title="Journal">
          <p>
            Qui a modifié quoi, et quand : <Link to={`/epci/${epciId}/journal`}>ouvrir le journal des modifications</Link>.
          </p>
        </NextSteps>
      )}
    </>
  );
}
