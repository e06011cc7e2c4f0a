import type { EntityManager } from 'typeorm';

/**
 * One row of the append-only audit trail (a trigger refuses UPDATE, DELETE and TRUNCATE).
 * Written with the caller's transaction manager so the change and its record commit together.
 */
export interface AuditEntry {
  actorUserId: string | null;
  /** Who acted, in words: the email, even for a failed login on an unknown address. */
  actorLabel: string | null;
  epciId?: string | null;
  /** Dotted verb, e.g. `auth.login.success`, `member.role.change`, `epci.import`. */
  action: string;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, actor_label, epci_id, action, entity_type, entity_id, before, after, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.actorUserId,
      entry.actorLabel,
      entry.epciId ?? null,
      entry.action,
      entry.entityType ?? null,
      entry.entityId ?? null,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.ip ?? null,
    ],
  );
}

/** The audit fields that say who acted, from a signed-in caller. */
export const auditActor = (caller: { userId: string; email: string; ip: string }) => ({
  actorUserId: caller.userId,
  actorLabel: caller.email,
  ip: caller.ip,
});
