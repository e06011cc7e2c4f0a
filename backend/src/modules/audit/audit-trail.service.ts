import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/caller.js';
import { isUuid } from '../../common/ids.js';
import { can } from '../../domain/access/permissions.js';
import { forbidden } from '../../domain/errors.js';
import type { AuditEventModel } from './audit-event.model.js';

@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  /** The most recent changes made in an EPCI, newest first. */
  async recent(caller: Caller, epciId: string, limit: number): Promise<AuditEventModel[]> {
    if (!isUuid(epciId) || !can(caller, 'AUDIT_READ', epciId)) throw forbidden("Vous n'avez pas accès au journal de cette intercommunalité.");
    const rows = await this.dataSource.query(
      `SELECT id::text, occurred_at AS "occurredAt", actor_label AS "actorLabel", action, entity_type AS "entityType",
              entity_id AS "entityId", before::text AS before, after::text AS after
       FROM audit_event WHERE epci_id = $1 ORDER BY id DESC LIMIT $2`,
      [epciId, Math.min(Math.max(limit, 1), 500)],
    );
    return rows.map((r: AuditEventModel) => ({ ...r, occurredAt: new Date(r.occurredAt) }));
  }
}
