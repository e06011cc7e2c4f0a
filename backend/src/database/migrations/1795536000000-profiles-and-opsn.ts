import { MigrationInterface, QueryRunner } from 'typeorm';

/** Commune profiles (the figures cost keys read), the EPCI's usage metrics, and its OPSN registry. */
export class ProfilesAndOpsn1795536000000 implements MigrationInterface {
  name = 'ProfilesAndOpsn1795536000000';

  async up(db: QueryRunner): Promise<void> {
    // A metric's key is what cost keys refer to: it stays when the label is renamed.
    await db.query(`
      CREATE TABLE usage_metric (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid NOT NULL REFERENCES epci (id),
        key text NOT NULL CHECK (key ~ '^[a-z0-9_]{1,60}$'),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
        reference_year smallint CHECK (reference_year BETWEEN 2000 AND 2100),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (epci_id, key)
      )`);
    await db.query(`CREATE UNIQUE INDEX usage_metric_label ON usage_metric (epci_id, lower(label))`);
    // One row per commune once someone has entered a figure; no row reads as an empty profile.
    // Metric values are decimal text by metric key, so a profile is read in one row.
    await db.query(`
      CREATE TABLE commune_profile (
        commune_id uuid PRIMARY KEY,
        epci_id uuid NOT NULL,
        population_dgf integer CHECK (population_dgf >= 0),
        population_dgf_year smallint CHECK (population_dgf_year BETWEEN 2000 AND 2100),
        dgf_below_total_confirmed boolean NOT NULL DEFAULT false,
        agents_etp numeric(9, 2) CHECK (agents_etp >= 0),
        agents_year smallint CHECK (agents_year BETWEEN 2000 AND 2100),
        workstations integer CHECK (workstations >= 0),
        phones integer CHECK (phones >= 0),
        tablets integer CHECK (tablets >= 0),
        devices_year smallint CHECK (devices_year BETWEEN 2000 AND 2100),
        potentiel_financier_cents bigint CHECK (potentiel_financier_cents >= 0),
        potentiel_financier_year smallint CHECK (potentiel_financier_year BETWEEN 2000 AND 2100),
        metrics jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metrics) = 'object'),
        revision integer NOT NULL CHECK (revision > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id),
        FOREIGN KEY (commune_id, epci_id) REFERENCES commune (id, epci_id)
      )`);
    await db.query(`CREATE INDEX commune_profile_epci ON commune_profile (epci_id)`);
    await db.query(`
      CREATE TABLE opsn (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid NOT NULL REFERENCES epci (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        legal_form text NOT NULL CHECK (legal_form IN
          ('SYNDICAT_MIXTE', 'GIP', 'SPL', 'AGENCE_TECHNIQUE', 'CENTRE_DE_GESTION', 'ASSOCIATION')),
        departments text[] NOT NULL DEFAULT '{}',
        website text,
        services jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(services) = 'array'),
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX opsn_name ON opsn (epci_id, lower(name))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE opsn, commune_profile, usage_metric`);
  }
}
