import type { EntityManager } from 'typeorm';
import type { Role } from '../../domain/access/permissions.js';
import { DomainError, badInput } from '../../domain/errors.js';
import type { AuditEntry } from '../audit/audit.js';
import { recordAudit } from '../audit/audit.js';
import { findAccountByEmail, insertAccount } from '../auth/account-store.js';
import { hashPassword } from '../auth/passwords.js';
import { normaliseEmail } from '../auth/session.service.js';
import { assertCommuneOfEpci } from './commune-check.js';
import { findMembership, upsertMembership } from './membership-store.js';

export interface GrantRequest {
  epciId: string;
  email: string;
  name: string;
  /** For the CLI and the demo only: without it, a new account is created without a password, to be invited. */
  password?: string | null;
  /** Instead of a password: its hash, made once for the demo accounts. */
  passwordHash?: string;
  role: Role;
  communeId?: string | null;
  /** Turn an existing membership into this role instead of refusing (appointing an administrator). */
  replaceRole?: boolean;
}

/**
 * Gives a person a role in an EPCI, creating their account if the address is new. An account is
 * platform-wide (one person may serve two EPCI); the membership is what an EPCI controls.
 */
export async function grantMembership(
  manager: EntityManager,
  request: GrantRequest,
  actor: Pick<AuditEntry, 'actorUserId' | 'actorLabel' | 'ip'>,
): Promise<{ userId: string; created: boolean }> {
  const email = normaliseEmail(request.email);
  const communeId = request.role === 'REVIEWER' ? (request.communeId ?? null) : null;
  if (request.role === 'REVIEWER') {
    if (!communeId) throw badInput('Choisissez la commune pour laquelle ce référent s’exprime.', { field: 'communeId' });
    await assertCommuneOfEpci(manager, communeId, request.epciId);
  }
  const user = await findAccountByEmail(manager, email);
  if (user && request.password) {
    throw new DomainError(
      'CONFLICT',
      'Un compte existe déjà avec cette adresse : laissez le mot de passe vide pour lui donner accès à cette intercommunalité.',
      { field: 'email' },
    );
  }
  const created = !user;
  let userId = user?.id;
  if (!userId) {
    // Without a password the account waits for its owner to choose one through an invitation link.
    const passwordHash = request.passwordHash ?? (request.password ? await hashPassword(request.password, { email, name: request.name }) : null);
    userId = await insertAccount(manager, { email, name: request.name.trim(), passwordHash });
    await recordAudit(manager, { ...actor, action: 'user.create', entityType: 'user', entityId: userId, after: { email, name: request.name.trim() } });
  }
  const existing = await findMembership(manager, userId, request.epciId);
  if (existing && !request.replaceRole) {
    throw new DomainError('CONFLICT', 'Cette personne est déjà membre de cette intercommunalité.', { field: 'email' });
  }
  await upsertMembership(manager, userId, request.epciId, request.role, communeId);
  await recordAudit(manager, {
    ...actor,
    epciId: request.epciId,
    action: existing ? 'member.role.change' : 'member.add',
    entityType: 'user',
    entityId: userId,
    before: existing ? { role: existing.role, communeId: existing.communeId } : undefined,
    after: { email, role: request.role, communeId },
  });
  return { userId, created };
}
