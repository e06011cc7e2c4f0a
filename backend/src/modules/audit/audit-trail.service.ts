import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import type { Caller } from '../../common/caller.js';
import type { AuditEventModel } from './audit-event.model.js';

@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  /** The most recent changes made in an EPCI, newest first. */
  async recent(caller: Caller, epciId: string, limit: number): Promise<AuditEventModel[]> {
    await requireAccess(this.dataSource.manager, caller, 'AUDIT_READ', { epci: epciId });
    const rows = await this.dataSource.query(
      `SELECT id::text, occurred_at AS "occurredAt", actor_label AS "actorLabel", action, entity_type AS "entityType",
              entity_id AS "entityId", before::text AS before, after::text AS after
       FROM audit_event WHERE epci_id = $1 ORDER BY id DESC LIMIT $2`,
      [epciId, Math.min(Math.max(limit, 1), 500)],
    );
    return rows.map((r: AuditEventModel) => ({ ...r, occurredAt: new Date(r.occurredAt) }));
  }
}
