import { MigrationInterface, QueryRunner } from 'typeorm';

/** Draft schemes and their actions. */
export class Schemes1795622400000 implements MigrationInterface {
  name = 'Schemes1795622400000';

  async up(db: QueryRunner): Promise<void> {
    // `revision` is the optimistic lock of the whole draft: every change checks and bumps it in
    // one UPDATE … WHERE revision = $n (TypeORM's @VersionColumn does not stop lost updates).
    await db.query(`
      CREATE TABLE scheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        epci_id uuid NOT NULL REFERENCES epci (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        mandate_first smallint NOT NULL CHECK (mandate_first BETWEEN 2000 AND 2100),
        mandate_last smallint NOT NULL CHECK (mandate_last BETWEEN mandate_first AND mandate_first + 9),
        revision integer NOT NULL DEFAULT 1,
        duplicated_from uuid REFERENCES scheme (id),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    await db.query(`CREATE INDEX scheme_epci ON scheme (epci_id)`);
    // An action's definition is the domain's SchemeAction (without its id) as JSON: versions
    // freeze it as is, and the costing engine reads it through one pure function.
    await db.query(`
      CREATE TABLE scheme_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scheme_id uuid NOT NULL REFERENCES scheme (id),
        position integer NOT NULL,
        definition jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX scheme_action_scheme ON scheme_action (scheme_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE scheme_action, scheme`);
  }
}
