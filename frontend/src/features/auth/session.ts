import type { Permission, PlatformPermission, SessionUserFragment } from '../../gql/graphql';

export type SessionUser = SessionUserFragment;
export type SessionMembership = SessionUser['memberships'][number];

export function membershipOf(user: SessionUser, epciId: string | undefined): SessionMembership | undefined {
  return user.memberships.find((membership) => membership.epci.id === epciId);
}

/** Mirrors the server's checks only to hide what the user may not do; the server decides. */
export function can(membership: SessionMembership | undefined, permission: Permission): boolean {
  return membership?.permissions.includes(permission) ?? false;
}

export function canOnPlatform(user: SessionUser, permission: PlatformPermission): boolean {
  return user.platformPermissions.includes(permission);
}

/** Where a user lands after signing in: their home in their first EPCI, else the operator's console. */
export function homePath(user: SessionUser): string | undefined {
  const first = user.memberships[0];
  if (first) return `/epci/${first.epci.id}/accueil`;
  if (user.platformPermissions.length > 0) return '/plateforme';
  return undefined;
}
