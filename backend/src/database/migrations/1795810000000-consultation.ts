import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultation of the member communes on a frozen version and the council's decision on it
 * (CGCT L5211-39-1). Statuses are not stored on versions: they follow from these rows through the
 * lifecycle table (domain/consultation/lifecycle.ts), and "deemed favourable" from the dates.
 */
export class Consultation1795810000000 implements MigrationInterface {
  name = 'Consultation1795810000000';

  async up(db: QueryRunner): Promise<void> {
    // The SIRET an open-data file names each deliberating body by; SIREN + NIC, Luhn-checked in code.
    await db.query(`ALTER TABLE epci ADD COLUMN siret char(14) CHECK (siret ~ '^[0-9]{14}$' AND left(siret, 9) = siren)`);
    await db.query(`ALTER TABLE commune ADD COLUMN siret char(14) CHECK (siret ~ '^[0-9]{14}$' AND left(siret, 9) = siren)`);

    await db.query(`
      CREATE TABLE consultation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid NOT NULL REFERENCES epci (id),
        scheme_id uuid NOT NULL REFERENCES scheme (id),
        version_id uuid NOT NULL REFERENCES scheme_version (id),
        status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'WITHDRAWN')),
        opened_at timestamptz NOT NULL,
        opened_by uuid REFERENCES app_user (id),
        opened_by_name text NOT NULL,
        closed_at timestamptz,
        closed_by_name text,
        withdrawn_at timestamptz,
        withdrawn_by_name text,
        withdrawal_reason text CHECK (length(withdrawal_reason) BETWEEN 1 AND 2000),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
        CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawal_reason IS NOT NULL))
      )`);
    // One round at a time per scheme: two open consultations would ask the councils twice.
    await db.query(`CREATE UNIQUE INDEX consultation_one_open_per_scheme ON consultation (scheme_id) WHERE status = 'OPEN'`);
    await db.query(`CREATE INDEX consultation_version ON consultation (version_id)`);
    await db.query(`CREATE INDEX consultation_epci ON consultation (epci_id)`);

    await db.query(`
      CREATE TABLE consultation_commune (
        consultation_id uuid NOT NULL REFERENCES consultation (id),
        commune_id uuid NOT NULL REFERENCES commune (id),
        notified_on date NOT NULL,
        PRIMARY KEY (consultation_id, commune_id)
      )`);
    await db.query(`CREATE INDEX consultation_commune_commune ON consultation_commune (commune_id)`);

    // Stored in the database so that several instances share them; 20 MB at most.
    await db.query(`
      CREATE TABLE deliberation_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid NOT NULL REFERENCES epci (id),
        content bytea NOT NULL,
        byte_size integer NOT NULL CHECK (byte_size BETWEEN 5 AND 20971520),
        sha256 char(64) NOT NULL,
        uploaded_at timestamptz NOT NULL,
        uploaded_by uuid REFERENCES app_user (id)
      )`);

    await db.query(`
      CREATE TABLE opinion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL,
        commune_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FAVORABLE', 'UNFAVORABLE', 'FAVORABLE_WITH_RESERVATIONS')),
        reservations text CHECK (length(reservations) BETWEEN 1 AND 4000),
        deliberation_number text NOT NULL CHECK (deliberation_number ~ '^[0-9A-Z_]{2,15}$'),
        deliberation_date date NOT NULL,
        recorded_on_paper boolean NOT NULL,
        recorded_by uuid REFERENCES app_user (id),
        recorded_by_name text NOT NULL,
        recorded_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        document_id uuid REFERENCES deliberation_document (id),
        UNIQUE (consultation_id, commune_id),
        FOREIGN KEY (consultation_id, commune_id) REFERENCES consultation_commune (consultation_id, commune_id),
        CHECK ((kind = 'FAVORABLE_WITH_RESERVATIONS') = (reservations IS NOT NULL))
      )`);

    // A thread between one commune and the EPCI, on one action of the version; one level of replies.
    await db.query(`
      CREATE TABLE consultation_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL,
        commune_id uuid NOT NULL,
        action_id uuid NOT NULL,
        parent_id uuid REFERENCES consultation_comment (id),
        author_id uuid REFERENCES app_user (id),
        author_name text NOT NULL,
        author_side text NOT NULL CHECK (author_side IN ('COMMUNE', 'EPCI')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL,
        edited_at timestamptz,
        withdrawn_at timestamptz,
        FOREIGN KEY (consultation_id, commune_id) REFERENCES consultation_commune (consultation_id, commune_id)
      )`);
    await db.query(`CREATE INDEX consultation_comment_thread ON consultation_comment (consultation_id, commune_id)`);

    // The EPCI council's decision on a version: one per version, adoption or rejection.
    await db.query(`
      CREATE TABLE version_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid NOT NULL REFERENCES epci (id),
        scheme_id uuid NOT NULL REFERENCES scheme (id),
        version_id uuid NOT NULL UNIQUE REFERENCES scheme_version (id),
        consultation_id uuid REFERENCES consultation (id),
        kind text NOT NULL CHECK (kind IN ('ADOPTION', 'REJECTION')),
        deliberation_number text CHECK (deliberation_number ~ '^[0-9A-Z_]{2,15}$'),
        deliberation_date date NOT NULL,
        votes_in_office integer CHECK (votes_in_office >= 0),
        votes_present integer CHECK (votes_present >= 0),
        votes_for integer CHECK (votes_for >= 0),
        votes_against integer CHECK (votes_against >= 0),
        votes_abstentions integer CHECK (votes_abstentions >= 0),
        CHECK (votes_present <= votes_in_office AND votes_for + votes_against + votes_abstentions <= votes_present),
        reason text CHECK (length(reason) BETWEEN 1 AND 4000),
        recorded_by uuid REFERENCES app_user (id),
        recorded_by_name text NOT NULL,
        recorded_for_elected boolean NOT NULL,
        recorded_at timestamptz NOT NULL,
        document_id uuid REFERENCES deliberation_document (id),
        CHECK (kind = 'REJECTION' OR (deliberation_number IS NOT NULL AND votes_in_office IS NOT NULL AND votes_present IS NOT NULL
               AND votes_for IS NOT NULL AND votes_against IS NOT NULL AND votes_abstentions IS NOT NULL)),
        CHECK ((kind = 'REJECTION') = (reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX version_decision_scheme ON version_decision (scheme_id)`);
    await db.query(`CREATE INDEX version_decision_epci ON version_decision (epci_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['version_decision', 'consultation_comment', 'opinion', 'deliberation_document', 'consultation_commune', 'consultation']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE commune DROP COLUMN siret`);
    await db.query(`ALTER TABLE epci DROP COLUMN siret`);
  }
}
