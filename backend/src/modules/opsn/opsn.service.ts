import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { DomainError, badInput } from '../../domain/errors.js';
import { readOpsnInput, type OpsnDetails } from '../../domain/opsn/opsn.js';
import type { OpsnInput } from './dto/opsn.inputs.js';
import { deleteOpsn, insertOpsn, isOpsnNameTaken, lockOpsn, updateOpsn, type StoredOpsn } from './opsn-store.js';

/** Each EPCI's registry of the OPSN its territory works with; its drafters and administrators keep it. */
@Injectable()
export class OpsnRegistryService {
  constructor(private readonly dataSource: DataSource) {}

  async create(caller: Caller, epciId: string, input: OpsnInput): Promise<StoredOpsn> {
    await requireAccess(this.dataSource.manager, caller, 'OPSN_REGISTRY_EDIT', { epci: epciId });
    const details = this.checked(input);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      await this.assertNameFree(manager, epciId, details.name, null);
      const created = await insertOpsn(manager, epciId, details);
      await record({ epciId, action: 'opsn.create', entityType: 'opsn', entityId: created.id, after: details });
      return created;
    });
  }

  async update(caller: Caller, id: string, expectedRevision: number, input: OpsnInput): Promise<StoredOpsn> {
    const details = this.checked(input);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await this.toEdit(manager, caller, id, expectedRevision);
      await this.assertNameFree(manager, before.epciId, details.name, id);
      const updated = await updateOpsn(manager, id, expectedRevision, details);
      await record({ epciId: before.epciId, action: 'opsn.update', entityType: 'opsn', entityId: id, before, after: details });
      return updated;
    });
  }

  async remove(caller: Caller, id: string, expectedRevision: number): Promise<StoredOpsn> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await this.toEdit(manager, caller, id, expectedRevision);
      await deleteOpsn(manager, id);
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
    const found = await lockOpsn(manager, id);
    if (found.revision !== expectedRevision) {
      throw new DomainError('CONFLICT', `« ${found.name} » a été modifié par quelqu'un d'autre entre-temps. Rechargez pour voir sa modification.`, {
        currentRevision: found.revision,
      });
    }
    return found;
  }

  private async assertNameFree(manager: EntityManager, epciId: string, name: string, exceptId: string | null) {
    if (await isOpsnNameTaken(manager, epciId, name, exceptId)) throw badInput(`Le registre compte déjà un OPSN nommé « ${name} ».`, { field: 'name' });
  }
}
