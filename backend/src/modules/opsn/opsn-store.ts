import type { EntityManager } from 'typeorm';
import type { OpsnDetails } from '../../domain/opsn/opsn.js';

export interface StoredOpsn extends OpsnDetails {
  id: string;
  epciId: string;
  revision: number;
  updatedAt: Date;
}

export const OPSN_COLUMNS = `id, epci_id AS "epciId", name, legal_form AS "legalForm", departments, website, services, revision, updated_at AS "updatedAt"`;

/** The OPSN registries of some EPCI, by name. */
export function loadOpsns(manager: EntityManager, epciIds: readonly string[]): Promise<StoredOpsn[]> {
  return manager.query(`SELECT ${OPSN_COLUMNS} FROM opsn WHERE epci_id = ANY($1::uuid[]) ORDER BY lower(name)`, [epciIds]);
}
