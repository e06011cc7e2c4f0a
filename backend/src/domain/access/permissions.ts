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
  /** The EPCI's identity for open data: its SIRET (SIREN known, NIC entered). */
  'EPCI_IDENTITY_EDIT',
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
  ADMIN: ['EPCI_READ', 'COMMUNE_PROFILE_EDIT', 'OPSN_REGISTRY_EDIT', 'DRAFT_READ', 'SCHEME_READ', 'VERSION_COMPARE', 'USER_MANAGE', 'EPCI_IDENTITY_EDIT', 'AUDIT_READ'],
};

/**
 * What a member is told when their role lacks a permission (FORBIDDEN). Someone who is not a
 * member of the EPCI is told the object does not exist instead (NOT_FOUND), see common/access.ts.
 */
export const REFUSALS: Record<Permission, string> = {
  EPCI_READ: "Vous n'êtes pas membre de cette intercommunalité.",
  COMMUNE_PROFILE_EDIT: "Seuls les rédacteurs et les administrateurs de l'intercommunalité modifient les profils des communes.",
  OPSN_REGISTRY_EDIT: "Seuls les rédacteurs et les administrateurs de l'intercommunalité tiennent le registre des OPSN.",
  DRAFT_READ: "Vous n'avez pas accès aux projets de schéma de cette intercommunalité.",
  SCHEME_READ: "Vous n'avez pas accès aux schémas de cette intercommunalité.",
  SCHEME_EDIT: "Seuls les rédacteurs de l'intercommunalité modifient le projet de schéma.",
  VERSION_FREEZE: "Seuls les rédacteurs de l'intercommunalité figent des versions.",
  VERSION_COMPARE: "Vous n'avez pas le droit de comparer les versions de ce schéma.",
  CONSULTATION_MANAGE: "Seuls les rédacteurs de l'intercommunalité conduisent la consultation des communes.",
  OPINION_RECORD: "Seuls les référents d'une commune enregistrent l'avis de son conseil municipal.",
  ADOPTION_RECORD: "Seuls les élus de l'intercommunalité enregistrent l'adoption du schéma.",
  USER_MANAGE: 'Seuls les administrateurs de cette intercommunalité gèrent ses comptes.',
  EPCI_IDENTITY_EDIT: "Seuls les administrateurs de l'intercommunalité renseignent son SIRET.",
  AUDIT_READ: "Vous n'avez pas accès au journal de cette intercommunalité.",
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

/**
 * The commune a member's view of consultations is limited to: a member who may not read drafts (a
 * commune reviewer) sees only what concerns their own commune. Null: no such limit.
 */
export function communeScopeOf(actor: Actor, epciId: string): string | null {
  const membership = actor.memberships.find((m) => m.epciId === epciId);
  if (!membership || can(actor, 'DRAFT_READ', epciId)) return null;
  return membership.communeId ?? '';
}

export const permissionsOf = (role: Role): readonly Permission[] => ROLE_PERMISSIONS[role];
export const platformPermissionsOf = (actor: Actor): readonly PlatformPermission[] =>
  actor.isOperator ? PLATFORM_PERMISSIONS : [];
