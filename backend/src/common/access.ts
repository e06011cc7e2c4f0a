import type { EntityManager } from 'typeorm';
import { REFUSALS, can, communeScopeOf, type Permission } from '../domain/access/permissions.js';
import { DomainError, notFound } from '../domain/errors.js';
import { loadOwner, type AccessKind } from './access-store.js';
import type { Caller } from './caller.js';
import { isUuid } from './ids.js';

/** What an access check is about: one object, named by its kind and id. */
export type AccessTarget = { [K in AccessKind]: { [P in K]: string } }[AccessKind];

/** How each kind is named when it cannot be found. */
const NAMES: Record<AccessKind, string> = {
  epci: 'Intercommunalité',
  scheme: 'Schéma',
  version: 'Version',
  action: 'Action',
  opsn: 'OPSN',
  metric: 'Métrique',
  commune: 'Commune',
  consultation: 'Consultation',
  opinion: 'Avis',
  comment: 'Commentaire',
  decision: 'Délibération',
};

/**
 * The one access check, called in one line at the top of each service method: finds the EPCI that
 * owns the target, then answers
 * - NOT_FOUND for what the caller may not know exists: a malformed id, no such row, or a row of an
 *   EPCI they are not a member of (so a foreign id is never confirmed);
 * - FORBIDDEN for what they may see but not do: a member whose role lacks the permission. EPCIs
 *   themselves are public (the national list), so a non-member is refused, not told it is missing.
 * A commune reviewer sees consultation matters of their own commune only: a version is theirs only
 * while it is or was sent to their commune (or once adopted), a consultation only if their commune
 * was notified, an opinion or a comment only of their commune; anything else is NOT_FOUND to them.
 * Returns the owning EPCI's id. Runs on the caller's manager, so it is safe inside a transaction.
 */
export async function requireAccess(db: EntityManager, caller: Caller, permission: Permission, target: AccessTarget): Promise<string> {
  const [kind, id] = Object.entries(target)[0] as [AccessKind, string];
  // A membership names an existing EPCI: a member's check of their own EPCI needs no query.
  const known = kind === 'epci' && can(caller, 'EPCI_READ', id);
  const owner = known ? { epciId: id } : isUuid(id) ? await loadOwner(db, kind, id) : null;
  if (!owner) throw notFound(NAMES[kind]);
  if (kind !== 'epci' && !can(caller, 'EPCI_READ', owner.epciId)) throw notFound(NAMES[kind]);
  const scope = communeScopeOf(caller, owner.epciId);
  if (scope !== null && owner.communeIds !== undefined && owner.communeIds !== null && !owner.communeIds.includes(scope)) throw notFound(NAMES[kind]);
  if (!can(caller, permission, owner.epciId)) throw new DomainError('FORBIDDEN', REFUSALS[permission]);
  return owner.epciId;
}
