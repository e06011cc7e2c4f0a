import type { EntityManager } from 'typeorm';

/** The kinds of object an access check can be about, each owned by one EPCI. */
export type AccessKind = 'epci' | 'scheme' | 'version' | 'action' | 'opsn' | 'metric' | 'commune' | 'consultation' | 'opinion' | 'comment' | 'decision';

/**
 * For each kind: the EPCI that owns a row, by the row's id (one statement). Kinds that concern
 * member communes also say which (`communeIds`), for the rule that a reviewer sees only what
 * concerns their own commune; null there means every commune (an adopted version is sent to all).
 */
const OWNER_SQL: Record<AccessKind, string> = {
  epci: `SELECT id AS "epciId" FROM epci WHERE id = $1`,
  scheme: `SELECT epci_id AS "epciId" FROM scheme WHERE id = $1`,
  // A version is or was sent to the communes of its consultations; once adopted, to every council.
  version: `SELECT v.epci_id AS "epciId",
              CASE WHEN EXISTS (SELECT 1 FROM version_decision d WHERE d.version_id = v.id AND d.kind = 'ADOPTION') THEN NULL
                   ELSE ARRAY(SELECT cc.commune_id FROM consultation c JOIN consultation_commune cc ON cc.consultation_id = c.id WHERE c.version_id = v.id)
              END AS "communeIds"
            FROM scheme_version v WHERE v.id = $1`,
  action: `SELECT s.epci_id AS "epciId" FROM scheme_action a JOIN scheme s ON s.id = a.scheme_id WHERE a.id = $1`,
  opsn: `SELECT epci_id AS "epciId" FROM opsn WHERE id = $1`,
  metric: `SELECT epci_id AS "epciId" FROM usage_metric WHERE id = $1`,
  commune: `SELECT epci_id AS "epciId" FROM commune WHERE id = $1 AND is_member`,
  consultation: `SELECT c.epci_id AS "epciId", ARRAY(SELECT cc.commune_id FROM consultation_commune cc WHERE cc.consultation_id = c.id) AS "communeIds"
                 FROM consultation c WHERE c.id = $1`,
  opinion: `SELECT c.epci_id AS "epciId", ARRAY[o.commune_id] AS "communeIds" FROM opinion o JOIN consultation c ON c.id = o.consultation_id WHERE o.id = $1`,
  comment: `SELECT c.epci_id AS "epciId", ARRAY[m.commune_id] AS "communeIds" FROM consultation_comment m JOIN consultation c ON c.id = m.consultation_id WHERE m.id = $1`,
  decision: `SELECT epci_id AS "epciId" FROM version_decision WHERE id = $1`,
};

export interface Owned {
  epciId: string;
  /** The communes the object concerns; absent for kinds that concern none in particular, null for all. */
  communeIds?: string[] | null;
}

export async function loadOwner(manager: EntityManager, kind: AccessKind, id: string): Promise<Owned | null> {
  const [row] = await manager.query(OWNER_SQL[kind], [id]);
  return row ?? null;
}
