import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/caller.js';
import { isUuid } from '../../common/ids.js';
import { can } from '../../domain/access/permissions.js';
import { DomainError, badInput, forbidden, notFound } from '../../domain/errors.js';
import { readOpsnInput, type OpsnDetails } from '../../domain/opsn/opsn.js';
import { auditActor, recordAudit } from '../audit/audit.js';
import type { OpsnInput } from './dto/opsn.inputs.js';
import { OPSN_COLUMNS, type StoredOpsn } from './opsn-store.js';

/** Each EPCI's registry of the OPSN its territory works with; its drafters and administrators keep it. */
@Injectable()
export class OpsnRegistryService {
  constructor(private readonly dataSource: DataSource) {}

  async create(caller: Caller, epciId: string, input: OpsnInput): Promise<StoredOpsn> {
    this.assertMayEdit(caller, epciId);
    const details = this.checked(input);
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, epciId, details.name, null);
      const [created]: StoredOpsn[] = await manager.query(
        `INSERT INTO opsn (epci_id, name, legal_form, departments, website, services) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${OPSN_COLUMNS}`,
        [epciId, details.name, details.legalForm, details.departments, details.website, JSON.stringify(details.services)],
      );
      await recordAudit(manager, { ...auditActor(caller), epciId, action: 'opsn.create', entityType: 'opsn', entityId: created.id, after: details });
      return created;
    });
  }

  async update(caller: Caller, id: string, expectedRevision: number, input: OpsnInput): Promise<StoredOpsn> {
    const details = this.checked(input);
    return this.dataSource.transaction(async (manager) => {
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
      await recordAudit(manager, { ...auditActor(caller), epciId: before.epciId, action: 'opsn.update', entityType: 'opsn', entityId: id, before, after: details });
      return updated;
    });
  }

  async remove(caller: Caller, id: string, expectedRevision: number): Promise<StoredOpsn> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.toEdit(manager, caller, id, expectedRevision);
      await manager.query(`DELETE FROM opsn WHERE id = $1`, [id]);
      await recordAudit(manager, { ...auditActor(caller), epciId: before.epciId, action: 'opsn.remove', entityType: 'opsn', entityId: id, before });
      return before;
    });
  }

  private checked(input: OpsnInput): OpsnDetails {
    const { details, problems } = readOpsnInput(input);
    if (problems.length > 0) throw badInput(problems.map((p) => p.message).join(' '), { problems });
    return details;
  }

  private assertMayEdit(caller: Caller, epciId: string) {
    if (!isUuid(epciId) || !can(caller, 'OPSN_REGISTRY_EDIT', epciId)) {
      throw forbidden("Seuls les rédacteurs et les administrateurs de l'intercommunalité tiennent le registre des OPSN.");
    }
  }

  /** The OPSN as it is now, locked for the change, if the caller may edit it and saw its latest revision. */
  private async toEdit(manager: EntityManager, caller: Caller, id: string, expectedRevision: number): Promise<StoredOpsn> {
    const [found]: StoredOpsn[] = isUuid(id) ? await manager.query(`SELECT ${OPSN_COLUMNS} FROM opsn WHERE id = $1 FOR UPDATE`, [id]) : [];
    if (!found || !can(caller, 'EPCI_READ', found.epciId)) throw notFound('OPSN');
    this.assertMayEdit(caller, found.epciId);
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
