import { Suspense } from 'react';
import { NavLink, Outlet, useMatch } from 'react-router';
import { UserMenu } from '../features/auth/components/UserMenu';
import { can, canOnPlatform, membershipOf, type SessionUser } from '../features/auth/session';
import { SiteFrame } from '../features/legal/SiteFrame';
import { EpciSwitcher } from '../features/territory/components/EpciSwitcher';
import { UnsavedChangesGuard } from '../shared/hooks/useUnsavedChangesWarning';
import { Loading } from '../shared/ui/Loading';

/** Header, navigation and main landmark around every signed-in page. */
export function AppShell({ user }: { user: SessionUser }) {
  const epciId = useMatch('/epci/:epciId/*')?.params.epciId;
  const membership = membershipOf(user, epciId);
  const showPlatform = canOnPlatform(user, 'EPCI_IMPORT') || canOnPlatform(user, 'ADMIN_APPOINT');

  return (
    <SiteFrame
      besideBrand={membership && <span className="shell__epci">{membership.epci.name}</span>}
      headerEnd={
        <>
          {user.memberships.length > 1 && <EpciSwitcher key={epciId} memberships={user.memberships} currentEpciId={epciId} />}
          <UserMenu user={user} membership={membership} />
        </>
      }
      nav={
        <nav className="shell__nav" aria-label="Navigation principale">
          <ul>
            {membership && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}/accueil`}>Accueil</NavLink>
              </li>
            )}
            {membership && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}`} end>
                  Intercommunalité
                </NavLink>
              </li>
            )}
            {membership && can(membership, 'EPCI_READ') && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}/opsn`}>OPSN</NavLink>
              </li>
            )}
            {membership && can(membership, 'DRAFT_READ') && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}/schemas`}>Schémas</NavLink>
              </li>
            )}
            {membership && can(membership, 'SCHEME_READ') && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}/consultations`}>Consultations</NavLink>
              </li>
            )}
            {membership && can(membership, 'USER_MANAGE') && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}/comptes`}>Comptes</NavLink>
              </li>
            )}
            {membership && can(membership, 'USER_MANAGE') && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}/courriels`}>Courriels</NavLink>
              </li>
            )}
            {membership && can(membership, 'AUDIT_READ') && (
              <li>
                <NavLink to={`/epci/${membership.epci.id}/journal`}>Journal</NavLink>
              </li>
            )}
            {showPlatform && (
              <li>
                <NavLink to="/plateforme" end>
                  Plateforme
                </NavLink>
              </li>
            )}
            {showPlatform && (
              <li>
                <NavLink to="/plateforme/courriels">Courriels</NavLink>
              </li>
            )}
          </ul>
        </nav>
      }
    >
      <UnsavedChangesGuard>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </UnsavedChangesGuard>
    </SiteFrame>
  );
}
