import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isJournalKind, JOURNAL_KINDS } from '../../domain/audit/journal.js';
import { badInput } from '../../domain/errors.js';
import { requireAccess } from '../../common/access.js';
import type { Caller } from '../../common/caller.js';
import { isUuid } from '../../common/ids.js';
import type { AuditEventModel, JournalPersonModel } from './audit-event.model.js';

/** Which part of the trail to read; every field optional. */
export interface JournalFilter {
  limit: number;
  /** The id of the last event of the previous page: the page starts just after it. */
  after?: string | null;
  actorId?: string | null;
  /** One of the domain's JOURNAL_KINDS. */
  kind?: string | null;
  /** Days, AAAA-MM-JJ, in French time, both included. */
  from?: string | null;
  to?: string | null;
}

const MAX_PAGE = 500;

function checkDay(value: string | null | undefined, which: string): string | null {
  if (!value) return null;
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw badInput(`La date ${which} doit être une date valide au format AAAA-MM-JJ.`, { field: which === 'de début' ? 'from' : 'to' });
  }
  return value;
}

@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * An EPCI's changes, newest first, one page at a time: each page starts strictly after the last
   * event of the previous one (keyset on occurred_at then id, read through the journal indexes).
   */
  async journal(caller: Caller, epciId: string, filter: JournalFilter): Promise<AuditEventModel[]> {
    await requireAccess(this.dataSource.manager, caller, 'AUDIT_READ', { epci: epciId });
    if (filter.kind && !isJournalKind(filter.kind)) throw badInput('Ce type de changement est inconnu.', { field: 'kind' });
    if (filter.actorId && !isUuid(filter.actorId)) throw badInput('Cette personne est inconnue.', { field: 'actorId' });
    if (filter.after && !/^\d{1,18}$/.test(filter.after)) throw badInput('Cette page du journal est inconnue.', { field: 'after' });
    const from = checkDay(filter.from, 'de début');
    const to = checkDay(filter.to, 'de fin');
    if (from && to && from > to) throw badInput('La date de début suit la date de fin.', { field: 'to' });
    const patterns = filter.kind && isJournalKind(filter.kind) ? [...JOURNAL_KINDS[filter.kind].patterns] : null;
    const rows = await this.dataSource.query(
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
      [epciId, filter.after || null, filter.actorId || null, patterns, from, to, Math.min(Math.max(filter.limit, 1), MAX_PAGE)],
    );
    return rows.map((r: AuditEventModel) => ({ ...r, occurredAt: new Date(r.occurredAt) }));
  }

  /** The EPCI's members, whose changes the journal can be filtered by. */
  async people(caller: Caller, epciId: string): Promise<JournalPersonModel[]> {
    await requireAccess(this.dataSource.manager, caller, 'AUDIT_READ', { epci: epciId });
    return this.dataSource.query(
      `SELECT u.id, u.name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.epci_id = $1 ORDER BY u.name, u.id`,
      [epciId],
    );
  }
}
