import type { EntityManager } from 'typeorm';
import type { AuditEventModel, JournalPersonModel } from './audit-event.model.js';

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

/** Which events of an EPCI's trail a journal page reads; null means no filter. */
export interface JournalQuery {
  /** The id of the previous page's last event: the page starts strictly after it. */
  after: string | null;
  actorId: string | null;
  /** LIKE patterns of the actions of one kind of change. */
  actionPatterns: string[] | null;
  /** Days in French time, both included. */
  from: string | null;
  to: string | null;
  limit: number;
}

/** One page of an EPCI's trail, newest first (keyset on occurred_at then id, through the journal indexes). */
export async function loadJournal(manager: EntityManager, epciId: string, q: JournalQuery): Promise<AuditEventModel[]> {
  const rows: AuditEventModel[] = await manager.query(
    `SELECT e.id::text, e.occurred_at AS "occurredAt", e.actor_user_id AS "actorId", u.name AS "actorName",
            e.actor_label AS "actorLabel", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
            e.before::text AS before, e.after::text AS after
     FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
     WHERE e.epci_id = $1
       AND ($2::bigint IS NULL OR (e.occurred_at, e.id) < (SELECT occurred_at, id FROM audit_event WHERE id = $2 AND epci_id = $1))
       AND ($3::uuid IS NULL OR e.actor_user_id = $3)
       AND ($4::text[] IS NULL OR e.action LIKE ANY ($4))
       AND ($5::date IS NULL OR e.occurred_at >= $5::date::timestamp AT TIME ZONE 'Europe/Paris')
       AND ($6::date IS NULL OR e.occurred_at < ($6::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
     ORDER BY e.occurred_at DESC, e.id DESC
     LIMIT $7`,
    [epciId, q.after, q.actorId, q.actionPatterns, q.from, q.to, q.limit],
  );
  return rows.map((r) => ({ ...r, occurredAt: new Date(r.occurredAt) }));
}

/** The EPCI's members, whose changes the journal can be filtered by. */
export function loadJournalPeople(manager: EntityManager, epciId: string): Promise<JournalPersonModel[]> {
  return manager.query(`SELECT u.id, u.name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.epci_id = $1 ORDER BY u.name, u.id`, [epciId]);
}
