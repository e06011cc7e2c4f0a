import { MigrationInterface, QueryRunner } from 'typeorm';

/** Territory (EPCI and member communes), accounts, sessions and the append-only audit trail. */
export class Foundation1795363200000 implements MigrationInterface {
  name = 'Foundation1795363200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE epci (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        siren char(9) NOT NULL UNIQUE CHECK (siren ~ '^[0-9]{9}$'),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CC', 'CA', 'CU', 'MET')),
        tax_regime text NOT NULL CHECK (tax_regime IN ('FPU', 'FA')),
        population_municipale integer NOT NULL CHECK (population_municipale >= 0),
        population_totale integer NOT NULL CHECK (population_totale >= 0),
        official_source text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        official_data_updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A commune row is the commune as a member of one EPCI: the same INSEE code may appear under
    // another EPCI after a change of perimeter. Rows are never deleted (user data will hang on them).
    await db.query(`
      CREATE TABLE commune (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid NOT NULL REFERENCES epci (id),
        insee_code text NOT NULL CHECK (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
        siren char(9) NOT NULL CHECK (siren ~ '^[0-9]{9}$'),
        name text NOT NULL,
        population_municipale integer NOT NULL CHECK (population_municipale >= 0),
        population_totale integer NOT NULL CHECK (population_totale >= 0),
        is_member boolean NOT NULL DEFAULT true,
        UNIQUE (epci_id, insee_code),
        UNIQUE (id, epci_id)
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text NOT NULL,
        is_operator boolean NOT NULL DEFAULT false,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A reviewer speaks for exactly one commune, and it must be a commune of the same EPCI.
    await db.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        epci_id uuid NOT NULL REFERENCES epci (id),
        role text NOT NULL CHECK (role IN ('DRAFTER', 'REVIEWER', 'ELECTED', 'ADMIN')),
        commune_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, epci_id),
        FOREIGN KEY (commune_id, epci_id) REFERENCES commune (id, epci_id),
        CHECK ((role = 'REVIEWER') = (commune_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX membership_epci ON membership (epci_id)`);
    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await db.query(`CREATE INDEX user_session_by_user ON user_session (user_id)`);
    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid,
        actor_label text,
        epci_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        before jsonb,
        after jsonb,
        ip text
      )`);
    await db.query(`CREATE INDEX audit_event_epci ON audit_event (epci_id, occurred_at)`);
    // Login throttling counts recent failures straight from the audit trail, so it holds across instances.
    await db.query(
      `CREATE INDEX audit_event_login_failure ON audit_event (occurred_at) WHERE action = 'auth.login.failure'`,
    );
    await db.query(`
      CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event, user_session, membership, app_user, commune, epci`);
    await db.query(`DROP FUNCTION refuse_append_only_change`);
  }
}
