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

/** The OPSN as stored, its row locked until the transaction ends. */
export async function lockOpsn(manager: EntityManager, id: string): Promise<StoredOpsn> {
  const [found] = await manager.query(`SELECT ${OPSN_COLUMNS} FROM opsn WHERE id = $1 FOR UPDATE`, [id]);
  return found;
}

export async function insertOpsn(manager: EntityManager, epciId: string, details: OpsnDetails): Promise<StoredOpsn> {
  const [created] = await manager.query(
    `INSERT INTO opsn (epci_id, name, legal_form, departments, website, services) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING ${OPSN_COLUMNS}`,
    [epciId, details.name, details.legalForm, details.departments, details.website, JSON.stringify(details.services)],
  );
  return created;
}

/** Writes the new details and bumps the revision, only from the revision the user saw. */
export async function updateOpsn(manager: EntityManager, id: string, expectedRevision: number, details: OpsnDetails): Promise<StoredOpsn> {
  const [updated] = await manager.query(
    // In a CTE, because the pg driver answers a bare UPDATE … RETURNING with [rows, count].
    `WITH updated AS (
       UPDATE opsn SET name = $3, legal_form = $4, departments = $5, website = $6, services = $7, revision = revision + 1, updated_at = now()
       WHERE id = $1 AND revision = $2 RETURNING *
     ) SELECT ${OPSN_COLUMNS} FROM updated`,
    [id, expectedRevision, details.name, details.legalForm, details.departments, details.website, JSON.stringify(details.services)],
  );
  return updated;
}

export async function deleteOpsn(manager: EntityManager, id: string): Promise<void> {
  await manager.query(`DELETE FROM opsn WHERE id = $1`, [id]);
}

/** Whether another OPSN of the EPCI already has this name (case-insensitive). */
export async function isOpsnNameTaken(manager: EntityManager, epciId: string, name: string, exceptId: string | null): Promise<boolean> {
  const [taken] = await manager.query(`SELECT 1 FROM opsn WHERE epci_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`, [epciId, name, exceptId]);
  return taken !== undefined;
}
