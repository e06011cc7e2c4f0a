import type { EntityManager } from 'typeorm';
import { OFFICIAL_SOURCE, type OfficialEpci } from './official-data.js';

/** The EPCI already imported among these SIREN, by SIREN. */
export async function importedEpciIds(manager: EntityManager, sirens: readonly string[]): Promise<Map<string, string>> {
  const imported: { id: string; siren: string }[] = await manager.query(`SELECT id, siren FROM epci WHERE siren = ANY($1)`, [sirens]);
  return new Map(imported.map((e) => [e.siren, e.id]));
}

/** How an EPCI is named in documents: its name, SIREN and, once known, its SIRET. */
export interface EpciIdentity {
  name: string;
  siren: string;
  siret: string | null;
}

export async function findEpciIdentity(manager: EntityManager, epciId: string): Promise<EpciIdentity | undefined> {
  const [epci] = await manager.query(`SELECT name, siren, siret FROM epci WHERE id = $1`, [epciId]);
  return epci;
}

/** A commune's INSEE code, or undefined for an unknown id. */
export async function inseeOfCommune(manager: EntityManager, communeId: string): Promise<string | undefined> {
  const [commune] = await manager.query(`SELECT insee_code FROM commune WHERE id = $1`, [communeId]);
  return commune?.insee_code;
}

/**
 * Writes the official fields of the EPCI and of its member communes, in two statements however
 * many communes (158 for the largest): communes that left are flagged, not deleted.
 */
export async function upsertOfficialEpci(
  manager: EntityManager,
  siren: string,
  official: OfficialEpci,
): Promise<{ epciId: string; created: boolean; added: number; updated: number; departed: number }> {
  const [upserted] = await manager.query(
    `INSERT INTO epci (siren, name, kind, tax_regime, population_municipale, population_totale, official_source)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (siren) DO UPDATE SET
       name = EXCLUDED.name, kind = EXCLUDED.kind, tax_regime = EXCLUDED.tax_regime,
       population_municipale = EXCLUDED.population_municipale, population_totale = EXCLUDED.population_totale,
       official_source = EXCLUDED.official_source, official_data_updated_at = now()
     RETURNING id, (xmax = 0) AS created`,
    [siren, official.nom, official.type, official.modeFinancement, official.populationMunicipale, official.populationTotale, OFFICIAL_SOURCE],
  );
  const members = official.membres;
  const [counts] = await manager.query(
    `WITH incoming AS (
       SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
         AS m(insee_code, siren, name, population_municipale, population_totale)
     ), upserted AS (
       INSERT INTO commune (epci_id, insee_code, siren, name, population_municipale, population_totale, is_member)
       SELECT $1, insee_code, siren, name, population_municipale, population_totale, true FROM incoming
       ON CONFLICT (epci_id, insee_code) DO UPDATE SET
         siren = EXCLUDED.siren, name = EXCLUDED.name, population_municipale = EXCLUDED.population_municipale,
         population_totale = EXCLUDED.population_totale, is_member = true
       RETURNING (xmax = 0) AS added
     ), departed AS (
       UPDATE commune SET is_member = false
       WHERE epci_id = $1 AND is_member AND insee_code <> ALL ($2::text[])
       RETURNING 1
     )
     SELECT (SELECT count(*) FILTER (WHERE added) FROM upserted)::int AS added,
            (SELECT count(*) FILTER (WHERE NOT added) FROM upserted)::int AS updated,
            (SELECT count(*) FROM departed)::int AS departed`,
    [
      upserted.id,
      members.map((m) => m.code),
      members.map((m) => m.siren),
      members.map((m) => m.nom),
      members.map((m) => m.populationMunicipale),
      members.map((m) => m.populationTotale),
    ],
  );
  return { epciId: upserted.id, created: upserted.created, ...counts };
}

/** The communes that are members of the EPCI today. */
export async function memberCommuneIds(manager: EntityManager, epciId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM commune WHERE epci_id = $1 AND is_member`, [epciId]);
  return rows.map((r) => r.id);
}

/** The SIREN and, once known, the SIRET of a commune or an EPCI. */
export async function findSiret(manager: EntityManager, table: 'commune' | 'epci', id: string): Promise<{ siren: string; siret: string | null }> {
  const [found] = await manager.query(`SELECT siren, siret FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return found;
}

export async function setSiret(manager: EntityManager, table: 'commune' | 'epci', id: string, siret: string): Promise<void> {
  await manager.query(`UPDATE ${table} SET siret = $2 WHERE id = $1`, [id, siret]);
}

/** Each commune's SIRET once known, by id, for the EPCI's communes. */
export async function communeSirets(manager: EntityManager, epciId: string): Promise<Map<string, string | null>> {
  const rows: { id: string; siret: string | null }[] = await manager.query(`SELECT id, siret FROM commune WHERE epci_id = $1`, [epciId]);
  return new Map(rows.map((c) => [c.id, c.siret]));
}
