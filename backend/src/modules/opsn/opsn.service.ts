import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { DomainError, badInput } from '../../domain/errors.js';
import { readOpsnInput, type OpsnDetails } from '../../domain/opsn/opsn.js';
import type { OpsnInput } from './dto/opsn.inputs.js';
import { OPSN_COLUMNS, type StoredOpsn } from './opsn-store.js';

/** Each EPCI's registry of the OPSN its territory works with; its drafters and administrators keep it. */
@Injectable()
export class OpsnRegistryService {
  constructor(private readonly dataSource: DataSource) {}

  async create(caller: Caller, epciId: string, input: OpsnInput): Promise<StoredOpsn> {
    await requireAccess(this.dataSource.manager, caller, 'OPSN_REGISTRY_EDIT', { epci: epciId });
    const details = this.checked(input);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      await this.assertNameFree(manager, epciId, details.name, null);
      const [created]: StoredOpsn[] = await manager.query(
        `INSERT INTO opsn (epci_id, name, legal_form, departments, website, services) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${OPSN_COLUMNS}`,
        [epciId, details.name, details.legalForm, details.departments, details.website, JSON.stringify(details.services)],
      );
      await record({ epciId, action: 'opsn.create', entityType: 'opsn', entityId: created.id, after: details });
      return created;
    });
  }

  async update(caller: Caller, id: string, expectedRevision: number, input: OpsnInput): Promise<StoredOpsn> {
    const details = this.checked(input);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await this.toEdit(manager, caller, id, expectedRevision);
      await this.assertNameFree(manager, before.epciId, details.name, id);
      const [updated]: StoredOpsn[] = await manager.query(
        // In a CTE, because the pg driver answers a bare UPDATE … RETURNING with [rows, count].
        `WITH updated AS (
           UPDATE opsn SET name = $3, legal_form = $4, departments = $5, website = $6, services = $7, revision = revision + 1, updated_at = now()
           WHERE id = $1 AND revision = $2 RETURNING *
         ) SELECT ${OPSN_COLUMNS} FROM updated`,
        [id, expectedRevision, details.name, details.legalForm, details.departments, details.website, JSON.stringify(details.services)],
      );
      await record({ epciId: before.epciId, action: 'opsn.update', entityType: 'opsn', entityId: id, before, after: details });
      return updated;
    });
  }

  async remove(caller: Caller, id: string, expectedRevision: number): Promise<StoredOpsn> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await this.toEdit(manager, caller, id, expectedRevision);
      await manager.query(`DELETE FROM opsn WHERE id = $1`, [id]);
      await record({ epciId: before.epciId, action: 'opsn.remove', entityType: 'opsn', entityId: id, before });
      return before;
    });
  }

  private checked(input: OpsnInput): OpsnDetails {
    const { details, problems } = readOpsnInput(input);
    if (problems.length > 0) throw badInput(problems.map((p) => p.message).join(' '), { problems });
    return details;
  }

  /** The OPSN as it is now, locked for the change, if the caller may edit it and saw its latest revision. */
  private async toEdit(manager: EntityManager, caller: Caller, id: string, expectedRevision: number): Promise<StoredOpsn> {
    await requireAccess(manager, caller, 'OPSN_REGISTRY_EDIT', { opsn: id });
    const [found]: StoredOpsn[] = await manager.query(`SELECT ${OPSN_COLUMNS} FROM opsn WHERE id = $1 FOR UPDATE`, [id]);
    if (found.revision !== expectedRevision) {
      throw new DomainError('CONFLICT', `« ${found.name} » a été modifié par quelqu'un d'autre entre-temps. Rechargez pour voir sa modification.`, {
        currentRevision: found.revision,
      });
    }
    return found;
  }

  private async assertNameFree(manager: EntityManager, epciId: string, name: string, exceptId: string | null) {
    const [taken] = await manager.query(`SELECT 1 FROM opsn WHERE epci_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`, [epciId, name, exceptId]);
    if (taken) throw badInput(`Le registre compte déjà un OPSN nommé « ${name} ».`, { field: 'name' });
  }
}
