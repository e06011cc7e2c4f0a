import type { EntityManager } from 'typeorm';
import { EMPTY_FIGURES, type CommuneFigures, type UsageMetricDefinition } from '../../domain/territory/commune-profile.js';
import type { ProfileRow } from '../../domain/territory/profiles-csv.js';
import { DomainError } from '../../domain/errors.js';

/** SQL for the communes' profiles and the EPCI's usage metrics: one statement per read or write. */

/** A member commune with its profile as stored; revision 0 means nothing was ever entered. */
export interface StoredProfile extends ProfileRow {
  communeId: string;
  epciId: string;
  revision: number;
  updatedAt: Date | null;
}

export interface StoredMetric extends UsageMetricDefinition {
  id: string;
  epciId: string;
}

const numeric = (value: string | null) => (value === null ? null : value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
const integer = (value: string | number | null) => (value === null ? null : Number(value));

const PROFILE_COLUMNS = `
  c.id AS commune_id, c.epci_id, c.insee_code, c.name, c.population_municipale, c.population_totale,
  p.population_dgf, p.population_dgf_year, p.dgf_below_total_confirmed, p.agents_etp::text AS agents_etp, p.agents_year,
  p.workstations, p.phones, p.tablets, p.devices_year, p.potentiel_financier_cents::text AS potentiel_financier_cents,
  p.potentiel_financier_year, p.metrics, p.revision, p.updated_at`;

/** A row of PROFILE_COLUMNS, as the pg driver returns it. */
function toStoredProfile(row: any): StoredProfile {
  const figures: CommuneFigures =
    row.revision === null
      ? EMPTY_FIGURES
      : {
          populationDgf: row.population_dgf,
          populationDgfYear: row.population_dgf_year,
          dgfBelowTotalConfirmed: row.dgf_below_total_confirmed,
          agentsEtp: numeric(row.agents_etp),
          agentsYear: row.agents_year,
          workstations: row.workstations,
          phones: row.phones,
          tablets: row.tablets,
          devicesYear: row.devices_year,
          potentielFinancierCents: integer(row.potentiel_financier_cents),
          potentielFinancierYear: row.potentiel_financier_year,
          metrics: row.metrics,
        };
  return {
    communeId: row.commune_id,
    epciId: row.epci_id,
    commune: {
      insee: row.insee_code,
      name: row.name,
      populationMunicipale: row.population_municipale,
      populationTotale: row.population_totale,
    },
    figures,
    revision: row.revision ?? 0,
    updatedAt: row.updated_at,
  };
}

/** The member communes of the EPCI the SQL condition `epci` selects, with their profiles. */
const memberProfiles = (epci: string) =>
  `SELECT ${PROFILE_COLUMNS} FROM commune c LEFT JOIN commune_profile p ON p.commune_id = c.id WHERE c.epci_id ${epci} AND c.is_member`;

/** A digest of the rows `members` (of memberProfiles) as one EPCI's aggregate: the figures' stamp. */
const digestOf = (members: string) => `encode(sha256(convert_to(COALESCE(string_agg(${members}::text, '|' ORDER BY ${members}.insee_code), ''), 'UTF8')), 'hex')`;

/**
 * SQL for the stamp of an EPCI's commune figures (`epciId` is an SQL expression, e.g. a column):
 * a digest of every column loadProfiles reads of its member communes, so that any write by anyone
 * (a profile edit, an import, a metric removed, a commune's population or membership) changes it.
 * Read in the same statement as what is keyed by it, it cannot be older than that.
 */
export const figuresStampSql = (epciId: string) => `(SELECT ${digestOf('f')} FROM (${memberProfiles(`= ${epciId}`)}) f)`;

/** The member communes of some EPCI with their profiles, by INSEE code. */
export async function loadProfiles(manager: EntityManager, epciIds: readonly string[]): Promise<StoredProfile[]> {
  const rows = await manager.query(`${memberProfiles('= ANY($1::uuid[])')} ORDER BY c.insee_code`, [epciIds]);
  return rows.map(toStoredProfile);
}

/** An EPCI's member communes with their profiles, and the stamp (figuresStampSql) of exactly these. */
export interface StampedProfiles {
  stamp: string;
  profiles: StoredProfile[];
}

/** Like loadProfiles, by EPCI, with each EPCI's stamp computed in the same statement. */
export async function loadStampedProfiles(manager: EntityManager, epciIds: readonly string[]): Promise<Map<string, StampedProfiles>> {
  const rows: any[] = await manager.query(
    `WITH f AS (${memberProfiles('= ANY($1::uuid[])')}), stamps AS (SELECT f.epci_id, ${digestOf('f')} AS stamp FROM f GROUP BY f.epci_id)
     SELECT f.*, stamps.stamp FROM f JOIN stamps USING (epci_id) ORDER BY f.insee_code`,
    [epciIds],
  );
  const byEpci = new Map<string, StampedProfiles>();
  for (const row of rows) {
    const stamped: StampedProfiles = byEpci.get(row.epci_id) ?? { stamp: row.stamp, profiles: [] };
    stamped.profiles.push(toStoredProfile(row));
    byEpci.set(row.epci_id, stamped);
  }
  return byEpci;
}

export async function loadMetrics(manager: EntityManager, epciIds: readonly string[]): Promise<StoredMetric[]> {
  return manager.query(`SELECT ${METRIC_COLUMNS} FROM usage_metric WHERE epci_id = ANY($1::uuid[]) ORDER BY created_at, key`, [epciIds]);
}

const METRIC_COLUMNS = `id, epci_id AS "epciId", key, label, reference_year AS "referenceYear"`;

export async function loadMetric(manager: EntityManager, id: string): Promise<StoredMetric> {
  const [found] = await manager.query(`SELECT ${METRIC_COLUMNS} FROM usage_metric WHERE id = $1`, [id]);
  return found;
}

export async function insertMetric(manager: EntityManager, epciId: string, metric: UsageMetricDefinition): Promise<StoredMetric> {
  const [created] = await manager.query(
    `INSERT INTO usage_metric (epci_id, key, label, reference_year) VALUES ($1, $2, $3, $4) RETURNING ${METRIC_COLUMNS}`,
    [epciId, metric.key, metric.label, metric.referenceYear],
  );
  return created;
}

/** Renames a metric; its key, and so the communes' values, stay. */
export async function updateMetric(manager: EntityManager, id: string, label: string, referenceYear: number | null): Promise<StoredMetric> {
  const [updated] = await manager.query(
    // In a CTE, because the pg driver answers a bare UPDATE … RETURNING with [rows, count].
    `WITH updated AS (UPDATE usage_metric SET label = $2, reference_year = $3 WHERE id = $1 RETURNING *) SELECT ${METRIC_COLUMNS} FROM updated`,
    [id, label, referenceYear],
  );
  return updated;
}

/** Removes a metric and the values the communes held for it; returns those values by INSEE code. */
export async function deleteMetric(manager: EntityManager, metric: StoredMetric, userId: string): Promise<Record<string, string>> {
  const values: { insee_code: string; value: string }[] = await manager.query(
    `WITH held AS (
       SELECT p.commune_id, c.insee_code, p.metrics ->> $2::text AS value
       FROM commune_profile p JOIN commune c ON c.id = p.commune_id
       WHERE p.epci_id = $1 AND p.metrics ->> $2::text IS NOT NULL
     ), cleared AS (
       UPDATE commune_profile p SET metrics = p.metrics - $2::text, revision = p.revision + 1, updated_by = $3, updated_at = now()
       FROM held WHERE p.commune_id = held.commune_id
       RETURNING 1
     ) SELECT insee_code, value FROM held ORDER BY insee_code`,
    [metric.epciId, metric.key, userId],
  );
  await manager.query(`DELETE FROM usage_metric WHERE id = $1`, [metric.id]);
  return Object.fromEntries(values.map((v) => [v.insee_code, v.value]));
}

/**
 * Writes new figures for some communes in one statement, each only if its revision is still the
 * one the user saw (0 for a commune without a profile yet). Throws CONFLICT, naming the communes
 * someone else changed in between, and writes nothing then (the caller's transaction rolls back).
 */
export async function saveProfiles(
  manager: EntityManager,
  epciId: string,
  userId: string | null,
  updates: readonly { profile: StoredProfile; expectedRevision: number; figures: CommuneFigures }[],
): Promise<void> {
  if (updates.length === 0) return;
  const records = updates.map(({ profile, expectedRevision, figures }) => ({
    commune_id: profile.communeId,
    expected: expectedRevision,
    population_dgf: figures.populationDgf,
    population_dgf_year: figures.populationDgfYear,
    dgf_below_total_confirmed: figures.dgfBelowTotalConfirmed,
    agents_etp: figures.agentsEtp,
    agents_year: figures.agentsYear,
    workstations: figures.workstations,
    phones: figures.phones,
    tablets: figures.tablets,
    devices_year: figures.devicesYear,
    potentiel_financier_cents: figures.potentielFinancierCents,
    potentiel_financier_year: figures.potentielFinancierYear,
    metrics: figures.metrics,
  }));
  const written: { commune_id: string }[] = await manager.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(
         commune_id uuid, expected integer, population_dgf integer, population_dgf_year smallint,
         dgf_below_total_confirmed boolean, agents_etp numeric, agents_year smallint, workstations integer,
         phones integer, tablets integer, devices_year smallint, potentiel_financier_cents bigint,
         potentiel_financier_year smallint, metrics jsonb)
     ), written AS (
       INSERT INTO commune_profile AS p (
         commune_id, epci_id, population_dgf, population_dgf_year, dgf_below_total_confirmed, agents_etp, agents_year,
         workstations, phones, tablets, devices_year, potentiel_financier_cents, potentiel_financier_year, metrics,
         revision, updated_by)
       SELECT commune_id, $1, population_dgf, population_dgf_year, dgf_below_total_confirmed, agents_etp, agents_year,
         workstations, phones, tablets, devices_year, potentiel_financier_cents, potentiel_financier_year, metrics, 1, $3
       FROM input WHERE expected = 0
       ON CONFLICT (commune_id) DO NOTHING
       RETURNING p.commune_id
     ), updated AS (
       UPDATE commune_profile AS p SET
         population_dgf = i.population_dgf, population_dgf_year = i.population_dgf_year,
         dgf_below_total_confirmed = i.dgf_below_total_confirmed, agents_etp = i.agents_etp, agents_year = i.agents_year,
         workstations = i.workstations, phones = i.phones, tablets = i.tablets, devices_year = i.devices_year,
         potentiel_financier_cents = i.potentiel_financier_cents, potentiel_financier_year = i.potentiel_financier_year,
         metrics = i.metrics, revision = p.revision + 1, updated_by = $3, updated_at = now()
       FROM input i
       WHERE p.commune_id = i.commune_id AND p.epci_id = $1 AND i.expected > 0 AND p.revision = i.expected
       RETURNING p.commune_id
     )
     SELECT commune_id FROM written UNION ALL SELECT commune_id FROM updated`,
    [epciId, JSON.stringify(records), userId],
  );
  if (written.length === updates.length) return;
  const done = new Set(written.map((w) => w.commune_id));
  const stale = updates.filter((u) => !done.has(u.profile.communeId)).map((u) => u.profile.commune);
  throw new DomainError(
    'CONFLICT',
    `${stale.map((c) => c.name).join(', ')} : ${stale.length > 1 ? 'ces profils ont' : 'ce profil a'} été modifié${stale.length > 1 ? 's' : ''} ` +
      `par quelqu'un d'autre entre-temps. Rechargez pour voir sa modification ; vos saisies n'ont pas été enregistrées.`,
    { communes: stale.map((c) => c.insee) },
  );
}
