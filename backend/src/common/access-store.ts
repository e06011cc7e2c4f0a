import type { EntityManager } from 'typeorm';

/** The kinds of object an access check can be about, each owned by one EPCI. */
export type AccessKind = 'epci' | 'scheme' | 'version' | 'action' | 'opsn' | 'metric' | 'commune';

/** For each kind: the EPCI that owns a row, by the row's id (one statement). */
const OWNER_SQL: Record<AccessKind, string> = {
  epci: `SELECT id AS "epciId" FROM epci WHERE id = $1`,
  scheme: `SELECT epci_id AS "epciId" FROM scheme WHERE id = $1`,
  version: `SELECT epci_id AS "epciId" FROM scheme_version WHERE id = $1`,
  action: `SELECT s.epci_id AS "epciId" FROM scheme_action a JOIN scheme s ON s.id = a.scheme_id WHERE a.id = $1`,
  opsn: `SELECT epci_id AS "epciId" FROM opsn WHERE id = $1`,
  metric: `SELECT epci_id AS "epciId" FROM usage_metric WHERE id = $1`,
  commune: `SELECT epci_id AS "epciId" FROM commune WHERE id = $1 AND is_member`,
};

export interface Owned {
  epciId: string;
}

export async function loadOwner(manager: EntityManager, kind: AccessKind, id: string): Promise<Owned | null> {
  const [row] = await manager.query(OWNER_SQL[kind], [id]);
  return row ?? null;
}
