import { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen versions of a scheme: immutable in the database itself, verifiable by their hash. */
export class Versions1795708800000 implements MigrationInterface {
  name = 'Versions1795708800000';

  async up(db: QueryRunner): Promise<void> {
    // `content` holds the draft, the communes' figures and the costing as they were; its canonical
    // JSON's SHA-256 is stored beside it so anyone can check that nothing changed since.
    await db.query(`
      CREATE TABLE scheme_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scheme_id uuid NOT NULL REFERENCES scheme (id),
        epci_id uuid NOT NULL REFERENCES epci (id),
        number integer NOT NULL CHECK (number > 0),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
        parent_id uuid REFERENCES scheme_version (id),
        author_id uuid REFERENCES app_user (id),
        author_name text NOT NULL,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        draft_revision integer NOT NULL,
        totals jsonb NOT NULL,
        content jsonb NOT NULL,
        content_sha256 char(64) NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
        UNIQUE (scheme_id, number)
      )`);
    // The same guard as the audit trail: a frozen version is never updated, deleted or truncated.
    await db.query(`
      CREATE TRIGGER scheme_version_immutable BEFORE UPDATE OR DELETE ON scheme_version
      FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()`);
    await db.query(`
      CREATE TRIGGER scheme_version_no_truncate BEFORE TRUNCATE ON scheme_version
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE scheme_version`);
  }
}
