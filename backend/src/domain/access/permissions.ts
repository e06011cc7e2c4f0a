/**
 * Who may do what. Roles are data: a role grants a fixed set of permissions inside one EPCI,
 * and `can()` is the one place that answers. The front end reads the same permissions from `me`.
 */
export const ROLES = ['DRAFTER', 'REVIEWER', 'ELECTED', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Permissions inside one EPCI. */
export const PERMISSIONS = [
  'EPCI_READ',
  'COMMUNE_PROFILE_EDIT',
  'OPSN_REGISTRY_EDIT',
  /** Drafts are the EPCI's working papers: commune reviewers see only versions sent to them. */
  'DRAFT_READ',
  'SCHEME_READ',
  'SCHEME_EDIT',
  'VERSION_FREEZE',
  'VERSION_COMPARE',
  'CONSULTATION_MANAGE',
  'OPINION_RECORD',
  'ADOPTION_RECORD',
  'USER_MANAGE',
  'AUDIT_READ',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Permissions of the platform operator, across EPCI; they never open scheme content. */
export const PLATFORM_PERMISSIONS = ['EPCI_IMPORT', 'ADMIN_APPOINT'] as const;
export type PlatformPermission = (typeof PLATFORM_PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Intercommunal DSI / DGS: writes the scheme, freezes versions, runs the consultation.
  DRAFTER: [
    'EPCI_READ',
    'COMMUNE_PROFILE_EDIT',
    'OPSN_REGISTRY_EDIT',
    'DRAFT_READ',
    'SCHEME_READ',
    'SCHEME_EDIT',
    'VERSION_FREEZE',
    'VERSION_COMPARE',
    'CONSULTATION_MANAGE',
  ],
  // Mayor, DGS or secretary of one member commune: reads, and records its own council's opinion.
  // Which versions and which commune a reviewer may see is an object check made where they are read.
  REVIEWER: ['EPCI_READ', 'SCHEME_READ', 'OPINION_RECORD'],
  // President, vice-presidents, council: read everything, compare, record adoption.
  ELECTED: ['EPCI_READ', 'DRAFT_READ', 'SCHEME_READ', 'VERSION_COMPARE', 'ADOPTION_RECORD', 'AUDIT_READ'],
  // Manages the EPCI's accounts and roles, and may fix the communes' figures.
  ADMIN: ['EPCI_READ', 'COMMUNE_PROFILE_EDIT', 'OPSN_REGISTRY_EDIT', 'DRAFT_READ', 'SCHEME_READ', 'VERSION_COMPARE', 'USER_MANAGE', 'AUDIT_READ'],
};

export interface MembershipGrant {
  epciId: string;
  role: Role;
  /** Set for a REVIEWER: the commune they speak for. */
  communeId: string | null;
}

/** The signed-in person as the access rules see them. */
export interface Actor {
  userId: string;
  email: string;
  isOperator: boolean;
  memberships: readonly MembershipGrant[];
}

const isPlatformPermission = (p: Permission | PlatformPermission): p is PlatformPermission =>
  (PLATFORM_PERMISSIONS as readonly string[]).includes(p);

/** The one answer to "may this actor do this?" — inside `epciId` for EPCI permissions. */
export function can(actor: Actor, permission: Permission | PlatformPermission, epciId?: string): boolean {
  if (isPlatformPermission(permission)) return actor.isOperator;
  const membership = actor.memberships.find((m) => m.epciId === epciId);
  return membership !== undefined && ROLE_PERMISSIONS[membership.role].includes(permission);
}

export const permissionsOf = (role: Role): readonly Permission[] => ROLE_PERMISSIONS[role];
export const platformPermissionsOf = (actor: Actor): readonly PlatformPermission[] =>
  actor.isOperator ? PLATFORM_PERMISSIONS : [];
