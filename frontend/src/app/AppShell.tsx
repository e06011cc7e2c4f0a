import { Suspense } from 'react';
import { NavLink, Outlet, useMatch } from 'react-router';
import { UserMenu } from '../features/auth/components/UserMenu';
import { can, canOnPlatform, membershipOf, type SessionUser } from '../features/auth/session';
import { SiteFrame } from '../features/legal/SiteFrame';
import { EpciSwitcher } from '../features/territory/components/EpciSwitcher';
import { UnsavedChangesGuard } from '../shared/hooks/useUnsavedChangesWarning';
import { Loading } from '../shared/ui/Loading';

interface NavEntry {
  to: string;
  label: string;
  /** Only this exact path marks the link current (the EPCI page, not the pages below it). */
  end?: boolean;
}

/** The main navigation: the current EPCI's pages the person's role opens, then the platform's for the operator. */
function navEntries(user: SessionUser, membership: ReturnType<typeof membershipOf>): NavEntry[] {
  const entries: NavEntry[] = [];
  if (membership) {
    const epci = `/epci/${membership.epci.id}`;
    entries.push({ to: `${epci}/accueil`, label: 'Accueil' }, { to: epci, label: 'Intercommunalité', end: true });
    if (can(membership, 'EPCI_READ')) entries.push({ to: `${epci}/opsn`, label: 'OPSN' });
    if (can(membership, 'DRAFT_READ')) entries.push({ to: `${epci}/schemas`, label: 'Schémas' });
    if (can(membership, 'SCHEME_READ')) entries.push({ to: `${epci}/consultations`, label: 'Consultations' });
    if (can(membership, 'USER_MANAGE')) entries.push({ to: `${epci}/comptes`, label: 'Comptes' }, { to: `${epci}/courriels`, label: 'Courriels' });
    if (can(membership, 'AUDIT_READ')) entries.push({ to: `${epci}/journal`, label: 'Journal' });
  }
  if (canOnPlatform(user, 'EPCI_IMPORT') || canOnPlatform(user, 'ADMIN_APPOINT')) {
    entries.push({ to: '/plateforme', label: 'Plateforme', end: true }, { to: '/plateforme/courriels', label: 'Courriels' });
  }
  return entries;
}

/** Header, navigation and main landmark around every signed-in page. */
export function AppShell({ user }: { user: SessionUser }) {
  const epciId = useMatch('/epci/:epciId/*')?.params.epciId;
  const membership = membershipOf(user, epciId);

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
            {navEntries(user, membership).map((entry) => (
              <li key={entry.to}>
                <NavLink to={entry.to} end={entry.end}>
                  {entry.label}
                </NavLink>
              </li>
            ))}
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
