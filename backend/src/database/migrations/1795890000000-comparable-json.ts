import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version's comparable content is stored as json (its text, checked as JSON) instead of jsonb: it
 * is only ever read whole, and on the embedded engine converting it to and from jsonb was most of
 * writing it at a freeze and of reading it at a comparison.
 */
export class ComparableJson1795890000000 implements MigrationInterface {
  name = 'ComparableJson1795890000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE scheme_version ALTER COLUMN comparable TYPE json USING comparable::json`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE scheme_version ALTER COLUMN comparable TYPE jsonb USING comparable::jsonb`);
  }
}
